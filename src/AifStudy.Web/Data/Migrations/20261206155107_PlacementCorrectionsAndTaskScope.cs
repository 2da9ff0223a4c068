using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AifStudy.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlacementCorrectionsAndTaskScope : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ScopeTaskId",
                table: "QuizAttempts",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PlacementCorrections",
                columns: table => new
                {
                    LearnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    NoteSlug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SectionAnchor = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Domain = table.Column<int>(type: "INTEGER", nullable: false),
                    TaskId = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementCorrections", x => new { x.LearnerId, x.NoteSlug, x.SectionAnchor });
                    table.ForeignKey(
                        name: "FK_PlacementCorrections_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlacementCorrections");

            migrationBuilder.DropColumn(
                name: "ScopeTaskId",
                table: "QuizAttempts");
        }
    }
}
