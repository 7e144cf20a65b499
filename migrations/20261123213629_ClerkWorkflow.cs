using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CommitteeHub.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ClerkWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_agenda_items_MeetingId_Number",
                table: "agenda_items");

            migrationBuilder.AddColumn<string>(
                name: "LatePublicationReason",
                table: "meetings",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinutesApprovedAtMeetingId",
                table: "meetings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MinutesSignedBy",
                table: "meetings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "documents",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Approved");

            migrationBuilder.AddColumn<DateTime>(
                name: "AddedLateAt",
                table: "agenda_items",
                type: "timestamp without time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsBudgetDecision",
                table: "agenda_items",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Role",
                table: "agenda_items",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Business");

            migrationBuilder.AddColumn<string>(
                name: "UrgencyReason",
                table: "agenda_items",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    What = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_audit_entries_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "document_revisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: true),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    ContentType = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Content = table.Column<byte[]>(type: "bytea", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReplacedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_document_revisions_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_meetings_MinutesApprovedAtMeetingId",
                table: "meetings",
                column: "MinutesApprovedAtMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_MeetingId_Number",
                table: "agenda_items",
                columns: new[] { "MeetingId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_MeetingId_At",
                table: "audit_entries",
                columns: new[] { "MeetingId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_document_revisions_DocumentId_Version",
                table: "document_revisions",
                columns: new[] { "DocumentId", "Version" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_meetings_meetings_MinutesApprovedAtMeetingId",
                table: "meetings",
                column: "MinutesApprovedAtMeetingId",
                principalTable: "meetings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Renumbering exchanges numbers between items within one save; a deferred constraint is checked at commit.
            migrationBuilder.Sql("ALTER TABLE agenda_items ADD CONSTRAINT uq_agenda_items_meeting_number UNIQUE (\"MeetingId\", \"Number\") DEFERRABLE INITIALLY DEFERRED;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE agenda_items DROP CONSTRAINT uq_agenda_items_meeting_number;");

            migrationBuilder.DropForeignKey(
                name: "FK_meetings_meetings_MinutesApprovedAtMeetingId",
                table: "meetings");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "document_revisions");

            migrationBuilder.DropIndex(
                name: "IX_meetings_MinutesApprovedAtMeetingId",
                table: "meetings");

            migrationBuilder.DropIndex(
                name: "IX_agenda_items_MeetingId_Number",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "LatePublicationReason",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "MinutesApprovedAtMeetingId",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "MinutesSignedBy",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "AddedLateAt",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "IsBudgetDecision",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "Role",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "UrgencyReason",
                table: "agenda_items");

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_MeetingId_Number",
                table: "agenda_items",
                columns: new[] { "MeetingId", "Number" },
                unique: true);
        }
    }
}
