using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AifStudy.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class BuriedCards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BuriedCards",
                columns: table => new
                {
                    LearnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CardId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewLogId = table.Column<long>(type: "INTEGER", nullable: false),
                    Until = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuriedCards", x => new { x.LearnerId, x.CardId, x.ReviewLogId });
                    table.ForeignKey(
                        name: "FK_BuriedCards_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BuriedCards_ReviewLogs_ReviewLogId",
                        column: x => x.ReviewLogId,
                        principalTable: "ReviewLogs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BuriedCards_CardId",
                table: "BuriedCards",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_BuriedCards_LearnerId_Until_CardId",
                table: "BuriedCards",
                columns: new[] { "LearnerId", "Until", "CardId" });

            migrationBuilder.CreateIndex(
                name: "IX_BuriedCards_ReviewLogId",
                table: "BuriedCards",
                column: "ReviewLogId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BuriedCards");
        }
    }
}
