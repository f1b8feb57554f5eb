using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace AutoDiag.Knowledge.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BotStates",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Document = table.Column<string>(type: "text", nullable: false),
                    ETag = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotStates", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Intercommunalities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Population = table.Column<int>(type: "integer", nullable: true),
                    PopulationYear = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Intercommunalities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessedActivities",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedActivities", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Communes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IntercommunalityId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Departement = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    InseeCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Communes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Communes_Intercommunalities_IntercommunalityId",
                        column: x => x.IntercommunalityId,
                        principalTable: "Intercommunalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Participants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChannelUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    IntercommunalityId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Participants_Intercommunalities_IntercommunalityId",
                        column: x => x.IntercommunalityId,
                        principalTable: "Intercommunalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Answers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommuneId = table.Column<int>(type: "integer", nullable: false),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    EnteredByParticipantId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    ReportsNoDifficulty = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SourceActivityId = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Answers_Communes_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "Communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Answers_Participants_EnteredByParticipantId",
                        column: x => x.EnteredByParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Answers_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommuneProfileRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommuneId = table.Column<int>(type: "integer", nullable: false),
                    Population = table.Column<int>(type: "integer", nullable: true),
                    PopulationYear = table.Column<int>(type: "integer", nullable: true),
                    Households = table.Column<int>(type: "integer", nullable: true),
                    Services = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Associations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AssociationThemes = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    Contact = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ChangedByParticipantId = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommuneProfileRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommuneProfileRevisions_Communes_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "Communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommuneProfileRevisions_Participants_ChangedByParticipantId",
                        column: x => x.ChangedByParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultantNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IntercommunalityId = table.Column<int>(type: "integer", nullable: false),
                    ThemeId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AuthorParticipantId = table.Column<int>(type: "integer", nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    IntercommunalityId = table.Column<int>(type: "integer", nullable: false),
                    PresentationAuxElus = table.Column<DateOnly>(type: "date", nullable: true),
                    AteliersRessourcesDifficultes = table.Column<DateOnly>(type: "date", nullable: true),
                    SoireeTemoignages = table.Column<DateOnly>(type: "date", nullable: true),
                    Restitution = table.Column<DateOnly>(type: "date", nullable: true),
                    History = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UpdatedByParticipantId = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "Invitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    IntercommunalityId = table.Column<int>(type: "integer", nullable: false),
                    CreatedByParticipantId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RedeemedByParticipantId = table.Column<int>(type: "integer", nullable: true),
                    RedeemedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invitations_Intercommunalities_IntercommunalityId",
                        column: x => x.IntercommunalityId,
                        principalTable: "Intercommunalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Invitations_Participants_CreatedByParticipantId",
                        column: x => x.CreatedByParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Invitations_Participants_RedeemedByParticipantId",
                        column: x => x.RedeemedByParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ParticipantCommunes",
                columns: table => new
                {
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    CommuneId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantCommunes", x => new { x.ParticipantId, x.CommuneId });
                    table.ForeignKey(
                        name: "FK_ParticipantCommunes_Communes_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "Communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ParticipantCommunes_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParticipantIntercommunalities",
                columns: table => new
                {
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    IntercommunalityId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantIntercommunalities", x => new { x.ParticipantId, x.IntercommunalityId });
                    table.ForeignKey(
                        name: "FK_ParticipantIntercommunalities_Intercommunalities_Intercommu~",
                        column: x => x.IntercommunalityId,
                        principalTable: "Intercommunalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ParticipantIntercommunalities_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiskAssessments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommuneId = table.Column<int>(type: "integer", nullable: false),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    EnteredByParticipantId = table.Column<int>(type: "integer", nullable: true),
                    ThemeId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "text", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SourceActivityId = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskAssessments_Communes_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "Communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RiskAssessments_Participants_EnteredByParticipantId",
                        column: x => x.EnteredByParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_RiskAssessments_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SectionCompletions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    CommuneId = table.Column<int>(type: "integer", nullable: false),
                    Section = table.Column<int>(type: "integer", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectionCompletions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SectionCompletions_Communes_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "Communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SectionCompletions_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Testimonies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IntercommunalityId = table.Column<int>(type: "integer", nullable: false),
                    Structure = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Perceptions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Enjeux = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Preconisations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedByParticipantId = table.Column<int>(type: "integer", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommuneId = table.Column<int>(type: "integer", nullable: false),
                    ThemeId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ReviewedByParticipantId = table.Column<int>(type: "integer", nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "ThemeTags",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AnswerId = table.Column<long>(type: "bigint", nullable: false),
                    ThemeId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Confidence = table.Column<double>(type: "double precision", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    ReportsNoDifficulty = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeTags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThemeTags_Answers_AnswerId",
                        column: x => x.AnswerId,
                        principalTable: "Answers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvitationCommune",
                columns: table => new
                {
                    InvitationId = table.Column<int>(type: "integer", nullable: false),
                    CommuneId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvitationCommune", x => new { x.InvitationId, x.CommuneId });
                    table.ForeignKey(
                        name: "FK_InvitationCommune_Communes_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "Communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InvitationCommune_Invitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "Invitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TestimonyTags",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TestimonyId = table.Column<int>(type: "integer", nullable: false),
                    ThemeId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Confidence = table.Column<double>(type: "double precision", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false)
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
                name: "IX_Answers_CommuneId_Kind",
                table: "Answers",
                columns: new[] { "CommuneId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Answers_EnteredByParticipantId",
                table: "Answers",
                column: "EnteredByParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_Answers_ParticipantId_SourceActivityId",
                table: "Answers",
                columns: new[] { "ParticipantId", "SourceActivityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommuneProfileRevisions_ChangedByParticipantId",
                table: "CommuneProfileRevisions",
                column: "ChangedByParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_CommuneProfileRevisions_CommuneId_ChangedAt",
                table: "CommuneProfileRevisions",
                columns: new[] { "CommuneId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Communes_IntercommunalityId_Name",
                table: "Communes",
                columns: new[] { "IntercommunalityId", "Name" },
                unique: true);

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
                name: "IX_Intercommunalities_Name",
                table: "Intercommunalities",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvitationCommune_CommuneId",
                table: "InvitationCommune",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_Code",
                table: "Invitations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_CreatedByParticipantId",
                table: "Invitations",
                column: "CreatedByParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_IntercommunalityId",
                table: "Invitations",
                column: "IntercommunalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_RedeemedByParticipantId",
                table: "Invitations",
                column: "RedeemedByParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantCommunes_CommuneId",
                table: "ParticipantCommunes",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantIntercommunalities_IntercommunalityId",
                table: "ParticipantIntercommunalities",
                column: "IntercommunalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Participants_ChannelUserId",
                table: "Participants",
                column: "ChannelUserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Participants_Email",
                table: "Participants",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Participants_IntercommunalityId",
                table: "Participants",
                column: "IntercommunalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessedActivities_ProcessedAt",
                table: "ProcessedActivities",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_CommuneId_ParticipantId_ThemeId",
                table: "RiskAssessments",
                columns: new[] { "CommuneId", "ParticipantId", "ThemeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_EnteredByParticipantId",
                table: "RiskAssessments",
                column: "EnteredByParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_ParticipantId",
                table: "RiskAssessments",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_SectionCompletions_CommuneId",
                table: "SectionCompletions",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_SectionCompletions_ParticipantId_CommuneId_Section",
                table: "SectionCompletions",
                columns: new[] { "ParticipantId", "CommuneId", "Section" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_ThemeTags_AnswerId_ThemeId_Source",
                table: "ThemeTags",
                columns: new[] { "AnswerId", "ThemeId", "Source" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BotStates");

            migrationBuilder.DropTable(
                name: "CommuneProfileRevisions");

            migrationBuilder.DropTable(
                name: "ConsultantNotes");

            migrationBuilder.DropTable(
                name: "DemarcheCalendars");

            migrationBuilder.DropTable(
                name: "InvitationCommune");

            migrationBuilder.DropTable(
                name: "ParticipantCommunes");

            migrationBuilder.DropTable(
                name: "ParticipantIntercommunalities");

            migrationBuilder.DropTable(
                name: "ProcessedActivities");

            migrationBuilder.DropTable(
                name: "RiskAssessments");

            migrationBuilder.DropTable(
                name: "SectionCompletions");

            migrationBuilder.DropTable(
                name: "TestimonyTags");

            migrationBuilder.DropTable(
                name: "ThemeReviewMarks");

            migrationBuilder.DropTable(
                name: "ThemeTags");

            migrationBuilder.DropTable(
                name: "Invitations");

            migrationBuilder.DropTable(
                name: "Testimonies");

            migrationBuilder.DropTable(
                name: "Answers");

            migrationBuilder.DropTable(
                name: "Communes");

            migrationBuilder.DropTable(
                name: "Participants");

            migrationBuilder.DropTable(
                name: "Intercommunalities");
        }
    }
}
