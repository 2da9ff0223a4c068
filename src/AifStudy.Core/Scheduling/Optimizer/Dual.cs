using System.Runtime.CompilerServices;

namespace AifStudy.Core.Scheduling.Optimizer;

/// <summary>The 21 partial derivatives a <see cref="Dual"/> carries, one per FSRS-6 weight.</summary>
[InlineArray(Dual.Size)]
internal struct Gradient
{
    private double _first;
}

/// <summary>
/// A number with its gradient with respect to the 21 FSRS weights (forward-mode automatic
/// differentiation). The forward pass of one training item is short (its reviews), so carrying the
/// gradient along is simpler and as exact as back-propagation.
/// </summary>
internal struct Dual
{
    public const int Size = 21;

    public double Value;
    public Gradient Grad;

    public static Dual Constant(double value) => new() { Value = value };

    /// <summary>The weight <paramref name="index"/> itself: value w[i], gradient the i-th unit vector.</summary>
    public static Dual Weight(double value, int index)
    {
        var d = new Dual { Value = value };
        d.Grad[index] = 1;
        return d;
    }

    public static Dual operator +(Dual a, Dual b)
    {
        var r = new Dual { Value = a.Value + b.Value };
        for (var i = 0; i < Size; i++)
        {
            r.Grad[i] = a.Grad[i] + b.Grad[i];
        }

        return r;
    }

    public static Dual operator -(Dual a, Dual b)
    {
        var r = new Dual { Value = a.Value - b.Value };
        for (var i = 0; i < Size; i++)
        {
            r.Grad[i] = a.Grad[i] - b.Grad[i];
        }

        return r;
    }

    public static Dual operator *(Dual a, Dual b)
    {
        var r = new Dual { Value = a.Value * b.Value };
        for (var i = 0; i < Size; i++)
        {
            r.Grad[i] = a.Grad[i] * b.Value + b.Grad[i] * a.Value;
        }

        return r;
    }

    public static Dual operator /(Dual a, Dual b)
    {
        var r = new Dual { Value = a.Value / b.Value };
        var inverseSquare = 1 / (b.Value * b.Value);
        for (var i = 0; i < Size; i++)
        {
            r.Grad[i] = (a.Grad[i] * b.Value - a.Value * b.Grad[i]) * inverseSquare;
        }

        return r;
    }

    public static Dual operator +(Dual a, double b)
    {
        a.Value += b;
        return a;
    }

    public static Dual operator -(double a, Dual b) => b.Scale(-1) + a;

    public static Dual operator *(Dual a, double b) => a.Scale(b);

    public readonly Dual Scale(double factor)
    {
        var r = new Dual { Value = Value * factor };
        for (var i = 0; i < Size; i++)
        {
            r.Grad[i] = Grad[i] * factor;
        }

        return r;
    }

    /// <summary>A function of this value with derivative <paramref name="derivative"/> at it (the chain rule).</summary>
    private readonly Dual Chain(double value, double derivative)
    {
        var r = new Dual { Value = value };
        for (var i = 0; i < Size; i++)
        {
            r.Grad[i] = Grad[i] * derivative;
        }

        return r;
    }

    public static Dual Exp(Dual a)
    {
        var e = Math.Exp(a.Value);
        return a.Chain(e, e);
    }

    public static Dual Log(Dual a) => a.Chain(Math.Log(a.Value), 1 / a.Value);

    /// <summary>a^b for a positive base, both varying: exp(b ln a).</summary>
    public static Dual Pow(Dual a, Dual b) => Exp(b * Log(a));

    /// <summary>Clamps like a tensor clamp: the gradient is zero where the bound takes over.</summary>
    public static Dual Clamp(Dual a, double min, double max) =>
        a.Value < min ? Constant(min) : a.Value > max ? Constant(max) : a;

    /// <summary>The smaller of two, with that one's gradient.</summary>
    public static Dual Min(Dual a, Dual b) => b.Value < a.Value ? b : a;

    public static Dual Max(Dual a, double b) => a.Value < b ? Constant(b) : a;
}
