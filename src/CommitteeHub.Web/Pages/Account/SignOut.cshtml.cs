using CommitteeHub.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommitteeHub.Web.Pages.Account;

/// <summary>Signing out changes the account's security stamp, which ends every copy of the session cookie, not only
/// this browser's (see SessionCheck).</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(NoStore = true)] // its form token belongs to one browser
public sealed class SignOut(SignInManager<StaffUser> signIn, UserManager<StaffUser> users) : PageModel
{
    /// <summary>Asks to be sure (a sign-out ends every session of the account); someone not signed in has nothing to end.</summary>
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user) await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
