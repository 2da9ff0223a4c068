using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AifStudy.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchGrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite only: the one- and two-character grams of every SearchIndex row (same rowid), encoded by
            // SearchGramTokens, so that queries shorter than a trigram are index lookups too. Contentless and without
            // positions: it only answers "which rows hold this gram". Filled by SqliteSearchIndex (on start when it
            // is behind SearchIndex, which is the case right after this migration).
            if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            {
                migrationBuilder.Sql(
                    "CREATE VIRTUAL TABLE SearchGrams USING fts5(grams, content='', contentless_delete=1, detail=none, tokenize='ascii');");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            {
                migrationBuilder.Sql("DROP TABLE IF EXISTS SearchGrams;");
            }
        }
    }
}
