using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommitteeHub.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ListsForwardPlanOpenNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DecidedOn",
                table: "forward_plan_entries",
                type: "date",
                nullable: true);

            // The notices already decided leave the plan: each takes its decision's day, as the aggregate now keeps it.
            migrationBuilder.Sql("""
                UPDATE forward_plan_entries e SET "DecidedOn" = d."DecidedOn"
                FROM decisions d WHERE d."ForwardPlanEntryId" = e."Id"
                """);

            migrationBuilder.CreateIndex(
                name: "IX_forward_plan_entries_on_the_plan",
                table: "forward_plan_entries",
                column: "IntendedDecisionOn",
                filter: "\"DecidedOn\" IS NULL AND \"FirstPublishedOn\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_forward_plan_entries_on_the_plan",
                table: "forward_plan_entries");

            migrationBuilder.DropColumn(
                name: "DecidedOn",
                table: "forward_plan_entries");
        }
    }
}
