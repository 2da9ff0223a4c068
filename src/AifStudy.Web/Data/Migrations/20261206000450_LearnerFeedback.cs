using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AifStudy.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class LearnerFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CardEdits",
                columns: table => new
                {
                    LearnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CardId = table.Column<int>(type: "INTEGER", nullable: false),
                    Front = table.Column<string>(type: "TEXT", nullable: false),
                    Back = table.Column<string>(type: "TEXT", nullable: false),
                    SourceFront = table.Column<string>(type: "TEXT", nullable: false),
                    SourceBack = table.Column<string>(type: "TEXT", nullable: false),
                    EditedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardEdits", x => new { x.LearnerId, x.CardId });
                    table.ForeignKey(
                        name: "FK_CardEdits_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CardEdits_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ItemReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LearnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 16, nullable: false),
                    CardId = table.Column<int>(type: "INTEGER", nullable: true),
                    NoteSlug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SectionAnchor = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Label = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RestoredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItemReports_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ItemReports_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CardEdits_CardId",
                table: "CardEdits",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_ItemReports_CardId",
                table: "ItemReports",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_ItemReports_LearnerId_CardId",
                table: "ItemReports",
                columns: new[] { "LearnerId", "CardId" });

            migrationBuilder.CreateIndex(
                name: "IX_ItemReports_LearnerId_Kind_ItemKey",
                table: "ItemReports",
                columns: new[] { "LearnerId", "Kind", "ItemKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CardEdits");

            migrationBuilder.DropTable(
                name: "ItemReports");
        }
    }
}
