using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommitteeHub.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class SeatsByEndDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_memberships_To",
                table: "memberships",
                column: "To")
                .Annotation("Npgsql:IndexInclude", new[] { "PersonId", "From" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_memberships_To",
                table: "memberships");
        }
    }
}
