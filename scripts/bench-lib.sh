# What the page benchmarks share. Sourced by bench-pages.sh and bench-history.sh.
#
# `free_port`: a port nothing on loopback listens on. `listener PORT`: the process listening on PORT (the app itself,
# not `dotnet run` above it), whose CPU time per request is the figure least disturbed by whatever else the machine does.
free_port() { local p; for p in $(shuf -i 20000-40000 -n 50); do ss -Hltn "sport = :$p" | grep -q . || { echo "$p"; return; }; done; exit 1; }
listener() { ss -Hltnp "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }

# The address of each page issue 12 names, found from the pages themselves: `find_addresses BASE` fills the array
# `url` (home, committees, committee, month, year, meeting, item, paper, motion, councillors, councillor, decisions,
# forwardplan). The demo is seeded first in every database, so the same addresses are the same pages on the demo and
# on a synthetic county.
declare -gA url
find_addresses() { # base
    local base="$1" meeting_id meeting_html m
    _get() { curl -sf "$base$1"; }
    _first() { grep -o "$1" | sed -n 1p; }
    url[home]="/"
    url[committees]="/committees"
    url[committee]=$(_get /committees | _first 'href="/committees/[a-z0-9-]*"' | cut -d'"' -f2)
    url[month]="/meetings/calendar/2019/6"
    url[year]="/meetings/calendar/2019"
    # The County Council of Friday 7 June 2019 (the demo's): its link in the calendar's cell for the 7th.
    meeting_id=$(_get /meetings/calendar/2019/6 | tr -d '\n' | sed 's/<td/\n<td/g' | grep 'calendar__day">7<span' \
        | grep -o 'href="/meetings/[0-9]*">[^<]*County Council' | sed -n 1p | grep -o '/meetings/[0-9]*' | cut -d/ -f3)
    [ -n "$meeting_id" ] || { echo "Could not find the County Council meeting of 7 June 2019." >&2; exit 1; }
    url[meeting]="/meetings/$meeting_id"
    meeting_html=$(_get "${url[meeting]}")
    url[item]=$(_first 'href="/items/[0-9]*"' <<<"$meeting_html" | cut -d'"' -f2)
    # A paper: the meeting's own if it has one, else the first of the papers of the meetings of July 2019.
    url[paper]=$(_first 'href="/documents/[0-9]*"' <<<"$meeting_html" | cut -d'"' -f2 || true)
    if [ -z "${url[paper]}" ]; then
        for m in $(_get /meetings/calendar/2019/7 | grep -o 'href="/meetings/[0-9]*"' | cut -d'"' -f2); do
            url[paper]=$(_get "$m" | _first 'href="/documents/[0-9]*"' | cut -d'"' -f2 || true)
            [ -z "${url[paper]}" ] || break
        done
    fi
    url[motion]=$(_first 'href="/motions/[0-9]*"' <<<"$meeting_html" | cut -d'"' -f2)
    url[councillors]="/councillors"
    # A councillor's profile: the first one the list links (not its link to the former councillors' page).
    url[councillor]=$(_get /councillors | grep -o 'href="/councillors/[a-z0-9-]*"' | grep -v '/councillors/former"' | sed -n 1p | cut -d'"' -f2)
    url[decisions]="/decisions"
    url[forwardplan]="/forward-plan"
}
