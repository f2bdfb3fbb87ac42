// Writes an Anki package with the npm package anki-apkg-export, for quizline to import.
// Usage: node write-package.js out.apkg
const fs = require('fs');
const AnkiExport = require('anki-apkg-export').default;

const apkg = new AnkiExport('Capitals');
apkg.addCard('Capital of Kazakhstan?', 'Astana', { tags: ['asia', 'capitals'] });
apkg.addCard('Capital of <b>France</b>?', 'Paris &amp; nowhere else', { tags: 'europe' });
apkg.addCard('Largest country<br>by area?', 'Russia', { tags: [] });
apkg
  .save()
  .then((zip) => fs.writeFileSync(process.argv[2], zip, 'binary'))
  .catch((error) => {
    console.error(String(error));
    process.exit(1);
  });
