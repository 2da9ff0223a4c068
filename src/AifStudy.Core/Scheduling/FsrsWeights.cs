using System.Globalization;

namespace AifStudy.Core.Scheduling;

/// <summary>Checks, completes and parses FSRS weight sets.</summary>
internal static class FsrsWeights
{
    /// <summary>The FSRS-6 defaults (py-fsrs DEFAULT_PARAMETERS).</summary>
    public static readonly double[] Defaults =
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
        0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425,
        0.0912, 0.0658, 0.1542,
    ];

    // py-fsrs LOWER_BOUNDS_PARAMETERS / UPPER_BOUNDS_PARAMETERS: the ranges the optimiser keeps weights in.
    internal static readonly double[] Lower =
        [0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0, 0.1];

    internal static readonly double[] Upper =
        [100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8];

    /// <summary>Returns a 21-value copy: a 19-value (FSRS-5) set gets w19 = 0 and w20 = 0.5.</summary>
    public static double[] Normalize(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        double[] full = weights.Count switch
        {
            21 => [.. weights],
            19 => [.. weights, 0.0, 0.5],
            _ => throw new ArgumentException(
                $"FSRS needs 19 (FSRS-5) or 21 (FSRS-6) weights, got {weights.Count}.", nameof(weights)),
        };
        var problems = new List<string>();
        for (var i = 0; i < full.Length; i++)
        {
            if (!double.IsFinite(full[i]) || full[i] < Lower[i] || full[i] > Upper[i])
            {
                problems.Add(string.Create(
                    CultureInfo.InvariantCulture, $"w{i} = {full[i]} is outside [{Lower[i]}, {Upper[i]}]"));
            }
        }

        return problems.Count == 0
            ? full
            : throw new ArgumentException("FSRS weights out of range: " + string.Join("; ", problems) + ".", nameof(weights));
    }

    /// <summary>Parses weights as Anki shows them: "0.212, 1.2931, ..." (commas, spaces or semicolons; brackets allowed).</summary>
    public static double[] Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Trim().Trim('[', ']', '(', ')')
            .Split([',', ';', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var values = new double[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!double.TryParse(tokens[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                throw new ArgumentException(
                    $"FSRS weight {i + 1} (\"{tokens[i]}\") is not a number; expected decimals with a dot, separated by commas.",
                    nameof(text));
            }
        }

        return Normalize(values);
    }
}
