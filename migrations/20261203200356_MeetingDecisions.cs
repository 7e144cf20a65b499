using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommitteeHub.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class MeetingDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_decisions_AgendaItemId",
                table: "decisions");

            migrationBuilder.AddColumn<bool>(
                name: "IsExecutive",
                table: "decisions",
                type: "boolean",
                nullable: false,
                // Every decision recorded before meetings' decisions joined the register was an executive one.
                defaultValue: true);

            migrationBuilder.CreateIndex(
                name: "IX_decisions_AgendaItemId",
                table: "decisions",
                column: "AgendaItemId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_decisions_AgendaItemId",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "IsExecutive",
                table: "decisions");

            migrationBuilder.CreateIndex(
                name: "IX_decisions_AgendaItemId",
                table: "decisions",
                column: "AgendaItemId");
        }
    }
}
