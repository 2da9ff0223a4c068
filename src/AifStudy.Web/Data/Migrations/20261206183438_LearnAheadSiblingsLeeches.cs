using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AifStudy.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class LearnAheadSiblingsLeeches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every learner's stored settings get Anki's defaults (20 minutes, siblings buried, leech at 8), not zeros.
            migrationBuilder.AddColumn<bool>(
                name: "BurySiblings",
                table: "LearnerSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "LearnAheadMinutes",
                table: "LearnerSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 20);

            migrationBuilder.AddColumn<int>(
                name: "LeechThreshold",
                table: "LearnerSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 8);

            migrationBuilder.AddColumn<bool>(
                name: "IsLeech",
                table: "CardProgress",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.UpdateData(
                table: "LearnerSettings",
                keyColumn: "LearnerId",
                keyValue: 1,
                columns: new[] { "BurySiblings", "LearnAheadMinutes", "LeechThreshold" },
                values: new object[] { true, 20, 8 });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BurySiblings",
                table: "LearnerSettings");

            migrationBuilder.DropColumn(
                name: "LearnAheadMinutes",
                table: "LearnerSettings");

            migrationBuilder.DropColumn(
                name: "LeechThreshold",
                table: "LearnerSettings");

            migrationBuilder.DropColumn(
                name: "IsLeech",
                table: "CardProgress");
        }
    }
}
