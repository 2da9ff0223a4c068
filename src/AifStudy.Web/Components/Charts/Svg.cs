using System.Globalization;

namespace AifStudy.Web.Components.Charts;

/// <summary>SVG attribute values: numbers in invariant culture, whatever the server's culture ("1.5", never "1,5").</summary>
internal static class Svg
{
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Every n-th axis label, so that about <paramref name="wanted"/> fit.</summary>
    public static int LabelEvery(int count, int wanted) => Math.Max(1, (int)Math.Ceiling(count / (double)wanted));
}
