using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace AifStudy.Benchmarks;

/// <summary>
/// Bytes allocated per type while it lives, from the runtime's allocation-tick events (one about every 100 KB, naming the
/// type that crossed it): where the garbage collector's work comes from, without a profiler.
/// </summary>
internal sealed class AllocationsByType : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    public IEnumerable<(string Type, long Bytes)> Largest(int count) =>
        _bytes.OrderByDescending(kv => kv.Value).Take(count).Select(kv => (kv.Key, kv.Value));

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.PayloadNames.IndexOf("TypeName");
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64");
        if (type >= 0 && amount >= 0 && eventData.Payload[type] is string name)
        {
            var bytes = Convert.ToInt64(eventData.Payload[amount], CultureInfo.InvariantCulture);
            _bytes.AddOrUpdate(name, bytes, (_, total) => total + bytes);
        }
    }
}
