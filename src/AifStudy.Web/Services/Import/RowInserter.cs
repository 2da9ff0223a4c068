using System.Data.Common;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AifStudy.Web.Services.Import;

/// <summary>
/// Inserts new rows of one entity type with a single prepared <c>INSERT</c>, reused for every row, on the context's
/// connection and inside its current transaction. Table, columns, parameter types and value conversions come from the
/// EF model, so the SQL is the provider's own; the store-generated key is left out and read back with
/// <c>RETURNING</c> (SQLite 3.35+, PostgreSQL). Used by the import, where adding a hundred thousand entities to the
/// change tracker one at a time cost most of the time.
/// </summary>
internal sealed class RowInserter<T> : IAsyncDisposable
    where T : class
{
    private readonly DbCommand _command;
    private readonly Column[] _columns;

    private RowInserter(DbCommand command, Column[] columns) => (_command, _columns) = (command, columns);

    public static async Task<RowInserter<T>> CreateAsync(StudyDbContext db, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();

        var properties = entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd).ToArray();
        var generatedKey = entity.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } key] ? key : null;
        var columns = properties.Select((p, i) =>
        {
            var mapping = p.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(command, sql.GenerateParameterName("p" + i), null, p.IsNullable);
            command.Parameters.Add(parameter);
            return new Column(p.GetGetter(), mapping.Converter, parameter);
        }).ToArray();

        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) "
            + $"VALUES ({string.Join(", ", columns.Select(c => c.Parameter.ParameterName))})"
            + (generatedKey is null ? "" : $" RETURNING {sql.DelimitIdentifier(generatedKey.GetColumnName(table)!)}");
        await command.PrepareAsync(cancellationToken);
        return new RowInserter<T>(command, columns);
    }

    /// <summary>Inserts the row and returns its store-generated key (0 for an entity type without one).</summary>
    public async Task<long> InsertAsync(T row, CancellationToken cancellationToken)
    {
        foreach (var column in _columns)
        {
            var value = column.Getter.GetClrValue(row);
            if (column.Converter is not null && value is not null)
            {
                value = column.Converter.ConvertToProvider(value);
            }

            column.Parameter.Value = value ?? DBNull.Value;
        }

        return await _command.ExecuteScalarAsync(cancellationToken) is { } key and not DBNull ? Convert.ToInt64(key, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();

    private sealed record Column(IClrPropertyGetter Getter, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter, DbParameter Parameter);
}
