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

            migrationBuilder.AddColumn<int>(
                name: "Abstentions",
                table: "amendments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VotesAgainst",
                table: "amendments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VotesFor",
                table: "amendments",
                type: "integer",
                nullable: true);

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

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "agenda_items",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "amendment_votes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AmendmentId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Choice = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_amendment_votes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_amendment_votes_amendments_AmendmentId",
                        column: x => x.AmendmentId,
                        principalTable: "amendments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_amendment_votes_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateTable(
                name: "forward_plan_entries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Matter = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DecisionMaker = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IntendedDecisionOn = table.Column<DateOnly>(type: "date", nullable: false),
                    KeyDecision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Documents = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    HowToMakeRepresentations = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    ExemptParagraph = table.Column<int>(type: "integer", nullable: true),
                    PrivateReasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FirstPublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ScrutinyChairNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    GeneralExceptionNoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    GeneralExceptionReasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UrgencyAgreedBy = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    UrgencyAgreedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UrgencyAgreedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SpecialUrgencyNoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SpecialUrgencyReasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forward_plan_entries", x => x.Id);
                    table.CheckConstraint("ck_forward_plan_entries_exempt_paragraph", "(\"ExemptParagraph\" IS NULL AND \"PrivateReasons\" IS NULL) OR (\"ExemptParagraph\" BETWEEN 1 AND 7 AND \"PrivateReasons\" IS NOT NULL)");
                    table.CheckConstraint("ck_forward_plan_entries_general_exception", "(\"GeneralExceptionNoticeOn\" IS NULL) = (\"ScrutinyChairNotifiedOn\" IS NULL)");
                    table.CheckConstraint("ck_forward_plan_entries_special_urgency", "(\"UrgencyAgreedOn\" IS NULL) = (\"UrgencyAgreedBy\" IS NULL) AND (\"UrgencyAgreedOn\" IS NULL) = (\"SpecialUrgencyNoticeOn\" IS NULL)");
                });

            migrationBuilder.CreateTable(
                name: "published_papers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Edition = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GeneratedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_published_papers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DecisionMaker = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MeetingId = table.Column<int>(type: "integer", nullable: true),
                    AgendaItemId = table.Column<int>(type: "integer", nullable: true),
                    ForwardPlanEntryId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Reasons = table.Column<string>(type: "text", nullable: false),
                    AlternativesRejected = table.Column<string>(type: "text", nullable: false),
                    IsKeyDecision = table.Column<bool>(type: "boolean", nullable: false),
                    IsUrgent = table.Column<bool>(type: "boolean", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CalledInAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    CallInReasons = table.Column<string>(type: "text", nullable: true),
                    ScrutinyOutcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ScrutinisedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ScrutinyComments = table.Column<string>(type: "text", nullable: true),
                    ReconsideredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reconsideration = table.Column<string>(type: "text", nullable: true),
                    ImplementedAt = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_decisions_agenda_items_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "agenda_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_decisions_forward_plan_entries_ForwardPlanEntryId",
                        column: x => x.ForwardPlanEntryId,
                        principalTable: "forward_plan_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_decisions_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "call_in_signatories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_call_in_signatories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_call_in_signatories_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_call_in_signatories_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "decision_conflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Nature = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Dispensation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_conflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_decision_conflicts_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_decision_conflicts_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "IX_amendment_votes_AmendmentId_PersonId",
                table: "amendment_votes",
                columns: new[] { "AmendmentId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_amendment_votes_PersonId",
                table: "amendment_votes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_MeetingId_At",
                table: "audit_entries",
                columns: new[] { "MeetingId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_call_in_signatories_DecisionId_PersonId",
                table: "call_in_signatories",
                columns: new[] { "DecisionId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_call_in_signatories_PersonId",
                table: "call_in_signatories",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_decision_conflicts_DecisionId_PersonId",
                table: "decision_conflicts",
                columns: new[] { "DecisionId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decision_conflicts_PersonId",
                table: "decision_conflicts",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_decisions_AgendaItemId",
                table: "decisions",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_decisions_ForwardPlanEntryId",
                table: "decisions",
                column: "ForwardPlanEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_decisions_MeetingId",
                table: "decisions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_decisions_PublishedAt",
                table: "decisions",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_decisions_Status",
                table: "decisions",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_document_revisions_DocumentId_Version",
                table: "document_revisions",
                columns: new[] { "DocumentId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_forward_plan_entries_IntendedDecisionOn",
                table: "forward_plan_entries",
                column: "IntendedDecisionOn");

            migrationBuilder.CreateIndex(
                name: "IX_published_papers_Subject_Edition_Fingerprint",
                table: "published_papers",
                columns: new[] { "Subject", "Edition", "Fingerprint" },
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
                name: "amendment_votes");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "call_in_signatories");

            migrationBuilder.DropTable(
                name: "decision_conflicts");

            migrationBuilder.DropTable(
                name: "document_revisions");

            migrationBuilder.DropTable(
                name: "published_papers");

            migrationBuilder.DropTable(
                name: "decisions");

            migrationBuilder.DropTable(
                name: "forward_plan_entries");

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
                name: "Abstentions",
                table: "amendments");

            migrationBuilder.DropColumn(
                name: "VotesAgainst",
                table: "amendments");

            migrationBuilder.DropColumn(
                name: "VotesFor",
                table: "amendments");

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

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "agenda_items");

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_MeetingId_Number",
                table: "agenda_items",
                columns: new[] { "MeetingId", "Number" },
                unique: true);
        }
    }
}
