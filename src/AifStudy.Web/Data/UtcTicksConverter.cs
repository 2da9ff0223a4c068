using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AifStudy.Web.Data;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as its UTC ticks, so SQL can compare and order instants correctly
/// whatever their offset. Values read back are in UTC. (EF's DateTimeOffsetToBinaryConverter orders by local clock time.)
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
