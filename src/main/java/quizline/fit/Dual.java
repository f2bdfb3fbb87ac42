package quizline.fit;

/**
 * A value with its gradient with respect to the model's weights (forward-mode differentiation):
 * each operation carries the derivative along by the chain rule. Immutable; the gradient array
 * is never shared between two values that may differ.
 */
final class Dual {
    final double value;
    final double[] grad;

    private Dual(double value, double[] grad) {
        this.value = value;
        this.grad = grad;
    }

    static Dual constant(double value, int size) {
        return new Dual(value, new double[size]);
    }

    /** Weight {@code index} itself: derivative 1 with respect to it, 0 to the others. */
    static Dual variable(double value, int index, int size) {
        double[] g = new double[size];
        g[index] = 1;
        return new Dual(value, g);
    }

    /** {@code a·x + b·y} with the gradient {@code a·x' + b·y'}. */
    private static Dual combine(double value, double a, Dual x, double b, Dual y) {
        double[] g = new double[x.grad.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = a * x.grad[i] + b * y.grad[i];
        }
        return new Dual(value, g);
    }

    private Dual scaled(double value, double derivative) {
        double[] g = new double[grad.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = derivative * grad[i];
        }
        return new Dual(value, g);
    }

    Dual plus(Dual y) {
        return combine(value + y.value, 1, this, 1, y);
    }

    Dual plus(double c) {
        return new Dual(value + c, grad);
    }

    Dual minus(Dual y) {
        return combine(value - y.value, 1, this, -1, y);
    }

    Dual times(Dual y) {
        return combine(value * y.value, y.value, this, value, y);
    }

    Dual times(double c) {
        return scaled(value * c, c);
    }

    Dual dividedBy(Dual y) {
        double q = value / y.value;
        return combine(q, 1 / y.value, this, -q / y.value, y);
    }

    Dual exp() {
        double e = Math.exp(value);
        return scaled(e, e);
    }

    Dual log() {
        return scaled(Math.log(value), 1 / value);
    }

    /** {@code this^p} for a constant power. */
    Dual pow(double p) {
        double v = Math.pow(value, p);
        return scaled(v, p * Math.pow(value, p - 1));
    }

    /** {@code this^p}, both differentiated: e^(p·ln this). */
    Dual pow(Dual p) {
        double v = Math.pow(value, p.value);
        return combine(v, p.value * Math.pow(value, p.value - 1), this, v * Math.log(value), p);
    }

    /** Clamped into [lo, hi]; outside it the gradient stops, on its edge it passes (as PyTorch's clamp). */
    Dual clamp(double lo, double hi) {
        if (value < lo) {
            return constant(lo, grad.length);
        }
        if (value > hi) {
            return constant(hi, grad.length);
        }
        return this;
    }

    Dual min(Dual y) {
        return value <= y.value ? this : y;
    }

    Dual atLeast(double floor) {
        return value >= floor ? this : constant(floor, grad.length);
    }
}
