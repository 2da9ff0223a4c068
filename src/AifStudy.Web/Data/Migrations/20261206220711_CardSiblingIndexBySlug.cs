using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AifStudy.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CardSiblingIndexBySlug : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cards_NoteId_Subject",
                table: "Cards");

            migrationBuilder.DropIndex(
                name: "IX_Cards_NoteSlug",
                table: "Cards");

            migrationBuilder.CreateIndex(
                name: "IX_Cards_NoteSlug_Subject",
                table: "Cards",
                columns: new[] { "NoteSlug", "Subject" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cards_NoteSlug_Subject",
                table: "Cards");

            migrationBuilder.CreateIndex(
                name: "IX_Cards_NoteId_Subject",
                table: "Cards",
                columns: new[] { "NoteId", "Subject" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_NoteSlug",
                table: "Cards",
                column: "NoteSlug");
        }
    }
}
