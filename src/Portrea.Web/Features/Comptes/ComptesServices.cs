using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Portrea.Core.Comptes;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Comptes;

/// <summary>Accounts: Identity on the Portrea database, cookie or bearer sign-in with the same claims, the three policies.</summary>
public static class ComptesServices
{
    /// <summary>Forwards to the bearer scheme when an <c>Authorization: Bearer</c> header is present, else to the cookie.</summary>
    public const string Schema = "Portrea";

    public static IServiceCollection AddPortreaComptes(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OptionsComptes>(configuration.GetSection(OptionsComptes.Section));
        services.AddIdentityCore<Utilisateur>(options =>
            {
                // Length over complexity rules (ANSSI and NIST guidance); Identity's default hasher (PBKDF2) is kept.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<PortreaDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<FabriqueRevendications>()
            .AddErrorDescriber<ErreursIdentiteFrancaises>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.AddScoped<AmorcerAdministrateur>();
        services.AddScoped<PerimetreComptes>();
        services.AddScoped<EnvoyerLienConnexion>();
        services.AddScoped<UtiliserLienConnexion>();
        services.AddScoped<Inviter>();
        services.AddScoped<AccepterInvitation>();
        services.AddScoped<RenvoyerInvitation>();
        services.AddScoped<AnnulerInvitation>();
        services.AddScoped<ExporterDonneesPersonnelles>();
        services.AddScoped<EffacerUtilisateur>();
        services.AddHttpContextAccessor();
        services.AddScoped<AdressesPubliques>();

        // The key ring lives in the database: every instance behind the load balancer reads the others' cookies.
        services.AddDataProtection().SetApplicationName("Portrea").PersistKeysToDbContext<PortreaDbContext>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Schema;
                options.DefaultChallengeScheme = Schema;
                options.DefaultForbidScheme = Schema;
            })
            .AddPolicyScheme(Schema, null, options => options.ForwardDefaultSelector = contexte =>
                JetonApiAuthentification.JetonPresente(contexte.Request) is null ? IdentityConstants.ApplicationScheme : JetonApiAuthentification.Schema)
            .AddScheme<AuthenticationSchemeOptions, JetonApiAuthentification>(JetonApiAuthentification.Schema, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "portrea";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/connexion";
            options.LogoutPath = "/deconnexion";
            options.AccessDeniedPath = "/erreur/403";
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = contexte => EstApi(contexte.Request)
                ? Problemes.Ecrire(contexte.HttpContext, StatusCodes.Status401Unauthorized, "Authentification requise",
                    "Connectez-vous, ou envoyez l'en-tête « Authorization: Bearer <jeton> » obtenu par « POST /api/v1/auth/jeton ».")
                : Rediriger(contexte);
            options.Events.OnRedirectToAccessDenied = contexte => EstApi(contexte.Request)
                ? Problemes.Ecrire(contexte.HttpContext, StatusCodes.Status403Forbidden, "Accès refusé", "Votre compte n'a pas les droits nécessaires pour cette opération.")
                : Rediriger(contexte);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(PolitiquesPortrea.Administration, p => p.RequireRole(RevendicationsPortrea.RoleAdministrateur))
            .AddPolicy(PolitiquesPortrea.Referent, p => p.RequireRole(RevendicationsPortrea.RoleAdministrateur, RevendicationsPortrea.RoleReferent))
            .AddPolicy(PolitiquesPortrea.Connecte, p => p.RequireAuthenticatedUser());
        return services;
    }

    private static bool EstApi(HttpRequest requete) => requete.Path.StartsWithSegments("/api");

    private static Task Rediriger(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> contexte)
    {
        contexte.Response.Redirect(contexte.RedirectUri);
        return Task.CompletedTask;
    }
}
