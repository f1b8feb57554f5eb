using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AutoDiag.Knowledge.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class KeepOriginalTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OriginalComment",
                table: "RiskAssessments",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "KeepOriginalTexts",
                table: "Intercommunalities",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OriginalText",
                table: "Answers",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OriginalComment",
                table: "RiskAssessments");

            migrationBuilder.DropColumn(
                name: "KeepOriginalTexts",
                table: "Intercommunalities");

            migrationBuilder.DropColumn(
                name: "OriginalText",
                table: "Answers");
        }
    }
}
