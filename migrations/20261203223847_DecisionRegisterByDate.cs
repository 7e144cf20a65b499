using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommitteeHub.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class DecisionRegisterByDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_decisions_DecidedOn",
                table: "decisions",
                column: "DecidedOn");

            migrationBuilder.CreateIndex(
                name: "IX_decisions_DecisionMaker_DecidedOn",
                table: "decisions",
                columns: new[] { "DecisionMaker", "DecidedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_decisions_DecidedOn",
                table: "decisions");

            migrationBuilder.DropIndex(
                name: "IX_decisions_DecisionMaker_DecidedOn",
                table: "decisions");
        }
    }
}
