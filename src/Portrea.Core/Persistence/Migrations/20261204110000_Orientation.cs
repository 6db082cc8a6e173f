using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Portrea.Core.Persistence.Migrations;

/// <summary>Anonymous recorded referrals (observed demand): need, precise service, commune, day and place only.</summary>
[DbContext(typeof(PortreaDbContext))]
[Migration("20261204110000_Orientation")]
public sealed class Orientation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "orientations_enregistrees",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Jour = table.Column<DateOnly>(nullable: false),
                Besoin = table.Column<string>(maxLength: 40, nullable: false),
                ServicePrecis = table.Column<string>(maxLength: 60, nullable: true),
                CommuneCode = table.Column<string>(maxLength: 5, nullable: true),
                LieuIdentifiant = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_orientations_enregistrees", x => x.Id));
        migrationBuilder.CreateIndex("IX_orientations_enregistrees_Jour", "orientations_enregistrees", "Jour");
        migrationBuilder.CreateIndex("IX_orientations_enregistrees_CommuneCode", "orientations_enregistrees", "CommuneCode");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("orientations_enregistrees");
}
