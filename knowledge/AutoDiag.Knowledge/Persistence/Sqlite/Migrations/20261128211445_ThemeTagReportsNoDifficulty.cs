using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AutoDiag.Knowledge.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ThemeTagReportsNoDifficulty : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ReportsNoDifficulty",
                table: "ThemeTags",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReportsNoDifficulty",
                table: "ThemeTags");
        }
    }
}
