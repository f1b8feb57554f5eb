using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AutoDiag.Knowledge.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CommuneProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CommuneProfileRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommuneId = table.Column<int>(type: "INTEGER", nullable: false),
                    Population = table.Column<int>(type: "INTEGER", nullable: true),
                    PopulationYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Households = table.Column<int>(type: "INTEGER", nullable: true),
                    Services = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Associations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AssociationThemes = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ChangedByParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_CommuneProfileRevisions_ChangedByParticipantId",
                table: "CommuneProfileRevisions",
                column: "ChangedByParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_CommuneProfileRevisions_CommuneId_ChangedAt",
                table: "CommuneProfileRevisions",
                columns: new[] { "CommuneId", "ChangedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommuneProfileRevisions");
        }
    }
}
