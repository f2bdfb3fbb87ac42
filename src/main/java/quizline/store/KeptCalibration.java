package quizline.store;

/**
 * The sums of the calibration table as a report left them in the profile.
 *
 * @param model what the predictions were made under (weights, day start, time zone): sums of another are not used
 * @param coveredId the newest review row of the log they cover (every row up to it, none after)
 * @param coveredRows how many scheduled reviews the log had up to {@code coveredId} then: fewer or more now, and a row
 *     among them was removed (an undo) or written late since, so the sums are not used
 * @param sums the bins' sums, as the calibration writes them
 */
public record KeptCalibration(String model, long coveredId, long coveredRows, String sums) {}
