using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace AifStudy.Web.Services.Import;

/// <summary>
/// The secondary indexes of one table, dropped for a bulk load into it and created again afterwards, inside the caller's
/// transaction. Keeping five indexes of a card table in line row by row (one of them on a hash key, so every insert lands
/// somewhere else) cost 13 s for 281,000 cards; building them once after the load costs under a second. The SQL comes from
/// the provider's migrations generator and the EF model, as a migration would write it.
/// </summary>
internal sealed class DeferredIndexes(IReadOnlyList<string> create)
{
    /// <summary>Drops the indexes of <typeparamref name="T"/>'s table and returns how to build them again.</summary>
    public static async Task<DeferredIndexes> DropAsync<T>(StudyDbContext db, CancellationToken cancellationToken)
        where T : class
    {
        // Index filters and names live in the design-time model; the runtime one is read-optimised without them.
        var model = db.GetService<IDesignTimeModel>().Model;
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var indexes = entity.GetIndexes().Select(i => new CreateIndexOperation
        {
            Name = i.GetDatabaseName(table)!,
            Table = table.Name,
            Schema = table.Schema,
            Columns = [.. i.Properties.Select(p => p.GetColumnName(table)!)],
            IsUnique = i.IsUnique,
            IsDescending = i.IsDescending is null ? null : [.. i.IsDescending],
            Filter = i.GetFilter(table),
        }).ToList();
        var generator = db.GetService<IMigrationsSqlGenerator>();
        var drop = generator.Generate([.. indexes.Select(i => new DropIndexOperation { Name = i.Name, Table = i.Table, Schema = i.Schema })], model);
        foreach (var command in drop)
        {
            await db.Database.ExecuteSqlRawAsync(command.CommandText, cancellationToken);
        }

        return new DeferredIndexes([.. generator.Generate([.. indexes], model).Select(c => c.CommandText)]);
    }

    /// <summary>Creates the dropped indexes again (a unique one fails, and with it the transaction, on duplicate rows).</summary>
    public async Task CreateAsync(StudyDbContext db, CancellationToken cancellationToken)
    {
        foreach (var sql in create)
        {
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }
}
