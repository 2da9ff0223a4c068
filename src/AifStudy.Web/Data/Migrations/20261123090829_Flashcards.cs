using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AifStudy.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Flashcards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CardsVersion",
                table: "Notes",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Cards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 16, nullable: false),
                    NoteId = table.Column<int>(type: "INTEGER", nullable: true),
                    NoteSlug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Domain = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Front = table.Column<string>(type: "TEXT", nullable: false),
                    Back = table.Column<string>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", nullable: false),
                    SectionAnchor = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SectionPathText = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cards_Notes_NoteId",
                        column: x => x.NoteId,
                        principalTable: "Notes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "LearnerSettings",
                columns: table => new
                {
                    LearnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    NewCardsPerDay = table.Column<int>(type: "INTEGER", nullable: false),
                    DesiredRetention = table.Column<double>(type: "REAL", nullable: false),
                    MaximumIntervalDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Weights = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    EnableFuzz = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearnerSettings", x => x.LearnerId);
                    table.ForeignKey(
                        name: "FK_LearnerSettings_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CardProgress",
                columns: table => new
                {
                    LearnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CardId = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: true),
                    Stability = table.Column<double>(type: "REAL", nullable: true),
                    Difficulty = table.Column<double>(type: "REAL", nullable: true),
                    Due = table.Column<long>(type: "INTEGER", nullable: false),
                    LastReview = table.Column<long>(type: "INTEGER", nullable: true),
                    Reps = table.Column<int>(type: "INTEGER", nullable: false),
                    Lapses = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSuspended = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardProgress", x => new { x.LearnerId, x.CardId });
                    table.ForeignKey(
                        name: "FK_CardProgress_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CardProgress_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewLogs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LearnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CardId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    StateBefore = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StateAfter = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ElapsedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ScheduledDays = table.Column<int>(type: "INTEGER", nullable: false),
                    StabilityAfter = table.Column<double>(type: "REAL", nullable: true),
                    DifficultyAfter = table.Column<double>(type: "REAL", nullable: true),
                    WasNew = table.Column<bool>(type: "INTEGER", nullable: false),
                    StepBefore = table.Column<int>(type: "INTEGER", nullable: true),
                    StabilityBefore = table.Column<double>(type: "REAL", nullable: true),
                    DifficultyBefore = table.Column<double>(type: "REAL", nullable: true),
                    DueBefore = table.Column<long>(type: "INTEGER", nullable: false),
                    LastReviewBefore = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewLogs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewLogs_Cards_CardId",
                        column: x => x.CardId,
                        principalTable: "Cards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewLogs_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "LearnerSettings",
                columns: new[] { "LearnerId", "DesiredRetention", "EnableFuzz", "MaximumIntervalDays", "NewCardsPerDay", "Weights" },
                values: new object[] { 1, 0.90000000000000002, true, 36500, 20, "" });

            migrationBuilder.CreateIndex(
                name: "IX_CardProgress_CardId",
                table: "CardProgress",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_CardProgress_LearnerId_Due_State_IsSuspended_CardId",
                table: "CardProgress",
                columns: new[] { "LearnerId", "Due", "State", "IsSuspended", "CardId" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_Domain",
                table: "Cards",
                column: "Domain");

            migrationBuilder.CreateIndex(
                name: "IX_Cards_Key",
                table: "Cards",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cards_NoteId_Position",
                table: "Cards",
                columns: new[] { "NoteId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_NoteSlug",
                table: "Cards",
                column: "NoteSlug");

            migrationBuilder.CreateIndex(
                name: "IX_Cards_RetiredAt",
                table: "Cards",
                column: "RetiredAt");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewLogs_CardId",
                table: "ReviewLogs",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewLogs_LearnerId_ReviewedAt",
                table: "ReviewLogs",
                columns: new[] { "LearnerId", "ReviewedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CardProgress");

            migrationBuilder.DropTable(
                name: "LearnerSettings");

            migrationBuilder.DropTable(
                name: "ReviewLogs");

            migrationBuilder.DropTable(
                name: "Cards");

            migrationBuilder.DropColumn(
                name: "CardsVersion",
                table: "Notes");
        }
    }
}
