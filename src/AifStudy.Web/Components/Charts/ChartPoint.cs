namespace AifStudy.Web.Components.Charts;

/// <summary>A point of a <see cref="LineChart"/>: an x-axis label and a value from 0 to 100.</summary>
public sealed record ChartPoint(string Label, double Value);
