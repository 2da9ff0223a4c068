using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AifStudy.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite only and outside the EF model: title and body hold folded text (SearchText.Fold), the other
            // columns point back at Sections/Cards. Filled by SqliteSearchIndex (on import, and on start when empty).
            if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            {
                migrationBuilder.Sql(
                    "CREATE VIRTUAL TABLE SearchIndex USING fts5(kind UNINDEXED, ref_id UNINDEXED, note_slug UNINDEXED, "
                    + "anchor UNINDEXED, title, body, tokenize='trigram');");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            {
                migrationBuilder.Sql("DROP TABLE IF EXISTS SearchIndex;");
            }
        }
    }
}
