using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AifStudy.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SectionReadTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The least time on screen until the next import computes each section's own (the parser's version changed with it).
            migrationBuilder.AddColumn<int>(
                name: "ReadMilliseconds",
                table: "Sections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 2000);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReadMilliseconds",
                table: "Sections");
        }
    }
}
