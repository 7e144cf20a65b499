using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CommitteeHub.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class KeptPaperContents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Papers kept before this version do not say what they print, so whether a reader may still read all of
            // them cannot be told: they are dropped (each current paper is printed again on its next request), since
            // some were previews of unpublished agendas or printed items made exempt since.
            migrationBuilder.Sql("DELETE FROM published_papers;");

            migrationBuilder.AddColumn<int>(
                name: "MeetingId",
                table: "published_papers",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "published_paper_contents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgendaItemId = table.Column<int>(type: "integer", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: true),
                    Substance = table.Column<bool>(type: "boolean", nullable: false),
                    WasExempt = table.Column<bool>(type: "boolean", nullable: false),
                    Access = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PublishedPaperId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_published_paper_contents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_published_paper_contents_published_papers_PublishedPaperId",
                        column: x => x.PublishedPaperId,
                        principalTable: "published_papers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_published_papers_MeetingId",
                table: "published_papers",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_published_paper_contents_AgendaItemId",
                table: "published_paper_contents",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_published_paper_contents_PublishedPaperId",
                table: "published_paper_contents",
                column: "PublishedPaperId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "published_paper_contents");

            migrationBuilder.DropIndex(
                name: "IX_published_papers_MeetingId",
                table: "published_papers");

            migrationBuilder.DropColumn(
                name: "MeetingId",
                table: "published_papers");
        }
    }
}
