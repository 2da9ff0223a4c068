using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AifStudy.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite only and outside the EF model. The trigram FTS5 SearchIndex was most of an import's indexing time;
            // the folded text now sits in a plain table (id = the SearchGrams rowid, a declared INTEGER PRIMARY KEY so
            // VACUUM cannot renumber it) and queries go through SearchGrams alone. Both tables are left empty:
            // SqliteSearchIndex.RebuildIfEmptyAsync fills them again at the next start.
            if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            {
                migrationBuilder.Sql("DROP TABLE IF EXISTS SearchIndex;");
                migrationBuilder.Sql(
                    "CREATE TABLE SearchIndex (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref_id INTEGER NOT NULL, "
                    + "note_slug TEXT NOT NULL, anchor TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL);");
                migrationBuilder.Sql("CREATE INDEX IX_SearchIndex_note_slug ON SearchIndex (note_slug);");
                migrationBuilder.Sql("INSERT INTO SearchGrams (SearchGrams) VALUES ('delete-all');");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            {
                migrationBuilder.Sql("DROP TABLE IF EXISTS SearchIndex;");
                migrationBuilder.Sql(
                    "CREATE VIRTUAL TABLE SearchIndex USING fts5(kind UNINDEXED, ref_id UNINDEXED, note_slug UNINDEXED, "
                    + "anchor UNINDEXED, title, body, tokenize='trigram');");
                migrationBuilder.Sql("INSERT INTO SearchGrams (SearchGrams) VALUES ('delete-all');");
            }
        }
    }
}
