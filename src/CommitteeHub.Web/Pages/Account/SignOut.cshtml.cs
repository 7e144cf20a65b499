using CommitteeHub.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommitteeHub.Web.Pages.Account;

/// <summary>Signing out changes the account's security stamp, which ends every copy of the session cookie, not only
/// this browser's (see SessionCheck).</summary>
public sealed class SignOut(SignInManager<StaffUser> signIn, UserManager<StaffUser> users) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user) await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
