using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AifStudy.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class NewCardOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every stored learner keeps the order they had: note by note.
            migrationBuilder.AddColumn<string>(
                name: "NewCardOrder",
                table: "LearnerSettings",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "ByNote");

            migrationBuilder.UpdateData(
                table: "LearnerSettings",
                keyColumn: "LearnerId",
                keyValue: 1,
                column: "NewCardOrder",
                value: "ByNote");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NewCardOrder",
                table: "LearnerSettings");
        }
    }
}
