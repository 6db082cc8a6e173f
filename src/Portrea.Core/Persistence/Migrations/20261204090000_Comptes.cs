using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Portrea.Core.Persistence.Migrations;

/// <summary>
/// Accounts: Identity's user tables (renamed, same columns and indexes), role assignments scoped to territories,
/// API tokens, sign-in links and invitations (secrets stored as SHA-256 only), the e-mail outbox and the
/// data-protection key ring shared by every instance.
/// </summary>
[DbContext(typeof(PortreaDbContext))]
[Migration("20261204090000_Comptes")]
public sealed class Comptes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreerTablesIdentity(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "affectations_roles",
            columns: table => new
            {
                Id = Identite(table),
                UtilisateurId = table.Column<string>(nullable: false),
                Role = table.Column<string>(maxLength: 20, nullable: false),
                EpciSiren = table.Column<string>(maxLength: 9, nullable: true),
                StructureId = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_affectations_roles", x => x.Id);
                table.ForeignKey("FK_affectations_roles_epci_EpciSiren", x => x.EpciSiren, "epci", "Siren", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_affectations_roles_structures_StructureId", x => x.StructureId, "structures", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_affectations_roles_utilisateurs_UtilisateurId", x => x.UtilisateurId, "utilisateurs", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_affectations_roles_EpciSiren", "affectations_roles", "EpciSiren");
        migrationBuilder.CreateIndex("IX_affectations_roles_Role", "affectations_roles", "Role");
        migrationBuilder.CreateIndex("IX_affectations_roles_StructureId", "affectations_roles", "StructureId");
        migrationBuilder.CreateIndex("IX_affectations_roles_UtilisateurId", "affectations_roles", "UtilisateurId");

        migrationBuilder.CreateTable(
            name: "jetons_api",
            columns: table => new
            {
                Id = Identite(table),
                UtilisateurId = table.Column<string>(nullable: false),
                Empreinte = table.Column<string>(maxLength: 64, nullable: false),
                CreeLe = table.Column<DateTime>(nullable: false),
                ExpireLe = table.Column<DateTime>(nullable: false),
                RevoqueLe = table.Column<DateTime>(nullable: true),
                DerniersCaracteres = table.Column<string>(maxLength: 8, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_jetons_api", x => x.Id);
                table.ForeignKey("FK_jetons_api_utilisateurs_UtilisateurId", x => x.UtilisateurId, "utilisateurs", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_jetons_api_Empreinte", "jetons_api", "Empreinte", unique: true);
        migrationBuilder.CreateIndex("IX_jetons_api_UtilisateurId", "jetons_api", "UtilisateurId");

        migrationBuilder.CreateTable(
            name: "liens_connexion",
            columns: table => new
            {
                Id = Identite(table),
                UtilisateurId = table.Column<string>(nullable: false),
                Empreinte = table.Column<string>(maxLength: 64, nullable: false),
                CreeLe = table.Column<DateTime>(nullable: false),
                ExpireLe = table.Column<DateTime>(nullable: false),
                UtiliseLe = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_liens_connexion", x => x.Id);
                table.ForeignKey("FK_liens_connexion_utilisateurs_UtilisateurId", x => x.UtilisateurId, "utilisateurs", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_liens_connexion_Empreinte", "liens_connexion", "Empreinte", unique: true);
        migrationBuilder.CreateIndex("IX_liens_connexion_UtilisateurId", "liens_connexion", "UtilisateurId");

        migrationBuilder.CreateTable(
            name: "invitations",
            columns: table => new
            {
                Id = Identite(table),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                NomAffiche = table.Column<string>(maxLength: 200, nullable: false),
                Role = table.Column<string>(maxLength: 20, nullable: false),
                EpciSiren = table.Column<string>(maxLength: 9, nullable: true),
                StructureId = table.Column<int>(nullable: true),
                Empreinte = table.Column<string>(maxLength: 64, nullable: false),
                InviteParId = table.Column<string>(nullable: true),
                CreeLe = table.Column<DateTime>(nullable: false),
                ExpireLe = table.Column<DateTime>(nullable: false),
                AccepteeLe = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_invitations", x => x.Id));
        migrationBuilder.CreateIndex("IX_invitations_Empreinte", "invitations", "Empreinte", unique: true);

        migrationBuilder.CreateTable(
            name: "messages_sortants",
            columns: table => new
            {
                Id = Identite(table),
                Destinataire = table.Column<string>(maxLength: 256, nullable: false),
                Sujet = table.Column<string>(maxLength: 300, nullable: false),
                Corps = table.Column<string>(nullable: false),
                CreeLe = table.Column<DateTime>(nullable: false),
                ReserveJusquA = table.Column<DateTime>(nullable: true),
                ReservePar = table.Column<string>(maxLength: 100, nullable: true),
                EnvoyeLe = table.Column<DateTime>(nullable: true),
                Tentatives = table.Column<int>(nullable: false),
                DerniereErreur = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_messages_sortants", x => x.Id));
        migrationBuilder.CreateIndex("IX_messages_sortants_EnvoyeLe", "messages_sortants", "EnvoyeLe");

        migrationBuilder.CreateTable(
            name: "cles_protection_donnees",
            columns: table => new
            {
                Id = Identite(table),
                FriendlyName = table.Column<string>(nullable: true),
                Xml = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_cles_protection_donnees", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "cles_protection_donnees", "messages_sortants", "invitations", "liens_connexion", "jetons_api", "affectations_roles",
            "utilisateurs_revendications", "utilisateurs_jetons", "utilisateurs_connexions_externes", "utilisateurs",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }

    private static void CreerTablesIdentity(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "utilisateurs",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                NomAffiche = table.Column<string>(maxLength: 200, nullable: false),
                CreeLe = table.Column<DateTime>(nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_utilisateurs", x => x.Id));
        migrationBuilder.CreateIndex("EmailIndex", "utilisateurs", "NormalizedEmail");
        migrationBuilder.CreateIndex("UserNameIndex", "utilisateurs", "NormalizedUserName", unique: true);

        migrationBuilder.CreateTable(
            name: "utilisateurs_connexions_externes",
            columns: table => new
            {
                LoginProvider = table.Column<string>(nullable: false),
                ProviderKey = table.Column<string>(nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_utilisateurs_connexions_externes", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey("FK_utilisateurs_connexions_externes_utilisateurs_UserId", x => x.UserId, "utilisateurs", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_utilisateurs_connexions_externes_UserId", "utilisateurs_connexions_externes", "UserId");

        migrationBuilder.CreateTable(
            name: "utilisateurs_jetons",
            columns: table => new
            {
                UserId = table.Column<string>(nullable: false),
                LoginProvider = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_utilisateurs_jetons", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey("FK_utilisateurs_jetons_utilisateurs_UserId", x => x.UserId, "utilisateurs", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "utilisateurs_revendications",
            columns: table => new
            {
                Id = Identite(table),
                UserId = table.Column<string>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_utilisateurs_revendications", x => x.Id);
                table.ForeignKey("FK_utilisateurs_revendications_utilisateurs_UserId", x => x.UserId, "utilisateurs", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_utilisateurs_revendications_UserId", "utilisateurs_revendications", "UserId");
    }

    private static OperationBuilder<AddColumnOperation> Identite(ColumnsBuilder table) =>
        table.Column<int>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
