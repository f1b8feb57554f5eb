using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AutoDiag.Knowledge.Persistence.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "KeepOriginalTexts",
                table: "Intercommunalities",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OriginalText",
                table: "Answers",
                type: "TEXT",
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
