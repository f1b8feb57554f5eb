using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AutoDiag.Knowledge.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PistesShared : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PistesSharedAt",
                table: "Participants",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PistesSharedAt",
                table: "Participants");
        }
    }
}
