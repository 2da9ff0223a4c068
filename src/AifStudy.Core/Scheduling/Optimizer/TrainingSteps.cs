namespace AifStudy.Core.Scheduling.Optimizer;

/// <summary>Adam (beta1 0.9, beta2 0.999, epsilon 1e-8) with bias correction, as fsrs-rs's optimiser.</summary>
internal sealed class Adam(int size)
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;

    private readonly double[] _m = new double[size];
    private readonly double[] _v = new double[size];
    private int _t;

    public void Step(double[] w, double[] gradient, double learningRate)
    {
        _t++;
        var c1 = 1 - Math.Pow(Beta1, _t);
        var c2 = 1 - Math.Pow(Beta2, _t);
        for (var i = 0; i < w.Length; i++)
        {
            _m[i] = Beta1 * _m[i] + (1 - Beta1) * gradient[i];
            _v[i] = Beta2 * _v[i] + (1 - Beta2) * gradient[i] * gradient[i];
            w[i] -= learningRate * (_m[i] / c1) / (Math.Sqrt(_v[i] / c2) + Epsilon);
        }
    }
}

/// <summary>Cosine annealing from the initial rate to 0 over <c>steps</c> steps (fsrs-rs's schedule, in closed form).</summary>
internal sealed class CosineAnnealing(int steps, double initialRate)
{
    private int _step;

    public double Next()
    {
        _step++;
        return initialRate * (1 + Math.Cos(Math.PI * _step / steps)) / 2;
    }
}

/// <summary>fsrs-rs's bounds for trained FSRS-6 weights (one relearning step, short-term memory on).</summary>
internal static class WeightBounds
{
    private static readonly (double Low, double High)[] Bounds =
    [
        (0.001, InitialStability.Max), (0.001, InitialStability.Max), (0.001, InitialStability.Max), (0.001, InitialStability.Max),
        (1, 10), (0.001, 4), (0.001, 4), (0.001, 0.75), (0, 4.5), (0, 0.8), (0.001, 3.5), (0.001, 5), (0.001, 0.25),
        (0.001, 0.9), (0, 4), (0, 1), (1, 6), (0, 2), (0, 2), (0.01, 0.8), (0.1, 0.8),
    ];

    public static void Clip(double[] w)
    {
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = Math.Clamp(double.IsNaN(w[i]) ? Bounds[i].Low : w[i], Bounds[i].Low, Bounds[i].High);
        }
    }
}
