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

/// <summary>
/// fsrs-rs's bounds for trained FSRS-6 weights (one relearning step, short-term memory on): the ranges weights are
/// validated in (<see cref="FsrsWeights"/>), except that w19 keeps above 0.01 while training.
/// </summary>
internal static class WeightBounds
{
    private const double ShortTermFloor = 0.01;

    public static void Clip(double[] w)
    {
        for (var i = 0; i < w.Length; i++)
        {
            var low = i == 19 ? ShortTermFloor : FsrsWeights.Lower[i];
            w[i] = Math.Clamp(double.IsNaN(w[i]) ? low : w[i], low, FsrsWeights.Upper[i]);
        }
    }
}
