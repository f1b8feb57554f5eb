using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AutoDiag.Knowledge.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InvitationsRelayAndRoster : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EnteredByParticipantId",
                table: "RiskAssessments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ChannelUserId",
                table: "Participants",
                type: "TEXT",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Participants",
                type: "TEXT",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EnteredByParticipantId",
                table: "Answers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Invitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    IntercommunalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedByParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RedeemedByParticipantId = table.Column<int>(type: "INTEGER", nullable: true),
                    RedeemedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                name: "ParticipantIntercommunalities",
                columns: table => new
                {
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    IntercommunalityId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantIntercommunalities", x => new { x.ParticipantId, x.IntercommunalityId });
                    table.ForeignKey(
                        name: "FK_ParticipantIntercommunalities_Intercommunalities_IntercommunalityId",
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
                name: "InvitationCommune",
                columns: table => new
                {
                    InvitationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommuneId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_EnteredByParticipantId",
                table: "RiskAssessments",
                column: "EnteredByParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_Participants_Email",
                table: "Participants",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Answers_EnteredByParticipantId",
                table: "Answers",
                column: "EnteredByParticipantId");

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
                name: "IX_ParticipantIntercommunalities_IntercommunalityId",
                table: "ParticipantIntercommunalities",
                column: "IntercommunalityId");

            migrationBuilder.AddForeignKey(
                name: "FK_Answers_Participants_EnteredByParticipantId",
                table: "Answers",
                column: "EnteredByParticipantId",
                principalTable: "Participants",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_RiskAssessments_Participants_EnteredByParticipantId",
                table: "RiskAssessments",
                column: "EnteredByParticipantId",
                principalTable: "Participants",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Answers_Participants_EnteredByParticipantId",
                table: "Answers");

            migrationBuilder.DropForeignKey(
                name: "FK_RiskAssessments_Participants_EnteredByParticipantId",
                table: "RiskAssessments");

            migrationBuilder.DropTable(
                name: "InvitationCommune");

            migrationBuilder.DropTable(
                name: "ParticipantIntercommunalities");

            migrationBuilder.DropTable(
                name: "Invitations");

            migrationBuilder.DropIndex(
                name: "IX_RiskAssessments_EnteredByParticipantId",
                table: "RiskAssessments");

            migrationBuilder.DropIndex(
                name: "IX_Participants_Email",
                table: "Participants");

            migrationBuilder.DropIndex(
                name: "IX_Answers_EnteredByParticipantId",
                table: "Answers");

            migrationBuilder.DropColumn(
                name: "EnteredByParticipantId",
                table: "RiskAssessments");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "EnteredByParticipantId",
                table: "Answers");

            migrationBuilder.AlterColumn<string>(
                name: "ChannelUserId",
                table: "Participants",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200,
                oldNullable: true);
        }
    }
}
