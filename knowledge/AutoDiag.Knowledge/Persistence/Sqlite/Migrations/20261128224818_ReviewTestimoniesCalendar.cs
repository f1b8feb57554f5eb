using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AutoDiag.Knowledge.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReviewTestimoniesCalendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsultantNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IntercommunalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ThemeId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultantNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultantNotes_Intercommunalities_IntercommunalityId",
                        column: x => x.IntercommunalityId,
                        principalTable: "Intercommunalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConsultantNotes_Participants_AuthorParticipantId",
                        column: x => x.AuthorParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DemarcheCalendars",
                columns: table => new
                {
                    IntercommunalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    PresentationAuxElus = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AteliersRessourcesDifficultes = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SoireeTemoignages = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Restitution = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    History = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UpdatedByParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemarcheCalendars", x => x.IntercommunalityId);
                    table.ForeignKey(
                        name: "FK_DemarcheCalendars_Intercommunalities_IntercommunalityId",
                        column: x => x.IntercommunalityId,
                        principalTable: "Intercommunalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DemarcheCalendars_Participants_UpdatedByParticipantId",
                        column: x => x.UpdatedByParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Testimonies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IntercommunalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Structure = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Perceptions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Enjeux = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Preconisations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedByParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Testimonies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Testimonies_Intercommunalities_IntercommunalityId",
                        column: x => x.IntercommunalityId,
                        principalTable: "Intercommunalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Testimonies_Participants_RecordedByParticipantId",
                        column: x => x.RecordedByParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ThemeReviewMarks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommuneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ThemeId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ReviewedByParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeReviewMarks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThemeReviewMarks_Communes_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "Communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ThemeReviewMarks_Participants_ReviewedByParticipantId",
                        column: x => x.ReviewedByParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TestimonyTags",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TestimonyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ThemeId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Confidence = table.Column<double>(type: "REAL", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TestimonyTags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TestimonyTags_Testimonies_TestimonyId",
                        column: x => x.TestimonyId,
                        principalTable: "Testimonies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultantNotes_AuthorParticipantId",
                table: "ConsultantNotes",
                column: "AuthorParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultantNotes_IntercommunalityId_ThemeId",
                table: "ConsultantNotes",
                columns: new[] { "IntercommunalityId", "ThemeId" });

            migrationBuilder.CreateIndex(
                name: "IX_DemarcheCalendars_UpdatedByParticipantId",
                table: "DemarcheCalendars",
                column: "UpdatedByParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_Testimonies_IntercommunalityId",
                table: "Testimonies",
                column: "IntercommunalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Testimonies_RecordedByParticipantId",
                table: "Testimonies",
                column: "RecordedByParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_TestimonyTags_TestimonyId_ThemeId_Source",
                table: "TestimonyTags",
                columns: new[] { "TestimonyId", "ThemeId", "Source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThemeReviewMarks_CommuneId_ThemeId",
                table: "ThemeReviewMarks",
                columns: new[] { "CommuneId", "ThemeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThemeReviewMarks_ReviewedByParticipantId",
                table: "ThemeReviewMarks",
                column: "ReviewedByParticipantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsultantNotes");

            migrationBuilder.DropTable(
                name: "DemarcheCalendars");

            migrationBuilder.DropTable(
                name: "TestimonyTags");

            migrationBuilder.DropTable(
                name: "ThemeReviewMarks");

            migrationBuilder.DropTable(
                name: "Testimonies");
        }
    }
}
