# read-tenant.ps1: "Read my tenant" for the Teams Phone resource account calculator.
# READ-ONLY: from the Teams and Graph modules it runs only Connect-* and Get-* cmdlets; it
# changes nothing in the tenant. It reads the auto attendants and call queues (names, ids,
# resource accounts, menu keys, operator, overflow/timeout/no-agent actions and their
# targets; no greetings, prompts, agents or schedules), the resource accounts, the numbers
# assigned to them, caller ID policies, the organisation's licenses, and per resource
# account its licenses and usage location. It writes teams-tenant-snapshot.json in the
# current folder and sends it nowhere: open it in the calculator, which reads it locally.
# Needs Windows PowerShell 5.1 or PowerShell 7.2+, the modules MicrosoftTeams,
# Microsoft.Graph.Users and Microsoft.Graph.Identity.DirectoryManagement, and the role
# Global Reader (safest) or Teams Reader plus Directory Readers (not confirmed to be enough).
# Graph asks consent for Organization.Read.All and User.Read.All (read-only scopes).
# Run it as .\read-tenant.ps1 in the folder for the file. One Graph call per resource account:
# a large tenant takes minutes.

#Requires -Version 5.1
$ErrorActionPreference = 'Stop'
$null = Connect-MicrosoftTeams
Connect-MgGraph -Scopes 'Organization.Read.All', 'User.Read.All' -NoWelcome

# Each item of a list as a string; nothing when the list is absent.
function ConvertTo-StringList($items) { foreach ($item in $items) { if ($null -ne $item) { "$item" } } }

# A call target as { id, type } (type: the enum's name), or null when there is none.
# A bare id (a string or Guid instead of an object) is kept with an empty type.
function ConvertTo-Target($target) {
    if ($target -is [string] -or $target -is [guid]) { $target = @{ Id = "$target"; Type = '' } }
    if ($null -eq $target -or -not "$($target.Id)") { return $null }
    return [ordered]@{ id = "$($target.Id)"; type = "$($target.Type)" }
}

# Get-CsAutoAttendant and Get-CsCallQueue return at most 100 at a time.
function Get-AllPages([string] $command) {
    $all = @(); $skip = 0
    do {
        $page = @(& $command -First 100 -Skip $skip -WarningAction SilentlyContinue)
        $all += $page; $skip += $page.Count
    } while ($page.Count -eq 100)
    $all
}

Write-Host 'Reading auto attendants, call queues, resource accounts and their numbers...'
$autoAttendants = @(foreach ($aa in @(Get-AllPages 'Get-CsAutoAttendant')) {
    $flows = @(foreach ($flow in @($aa.DefaultCallFlow) + @($aa.CallFlows)) {
        if ($null -ne $flow) {
            $options = @(foreach ($o in $flow.Menu.MenuOptions) {
                [ordered]@{ dtmf = "$($o.DtmfResponse)"; action = "$($o.Action)"
                    target = ConvertTo-Target $o.CallTarget }
            })
            [ordered]@{ id = "$($flow.Id)"; name = "$($flow.Name)"; menuOptions = $options }
        }
    })
    $associations = @(foreach ($c in $aa.CallHandlingAssociations) {
        [ordered]@{ type = "$($c.Type)"; callFlowId = "$($c.CallFlowId)"; enabled = [bool]$c.Enabled }
    })
    [ordered]@{ identity = "$($aa.Identity)"; name = "$($aa.Name)"
        applicationInstances = @(ConvertTo-StringList $aa.ApplicationInstances)
        defaultCallFlowId = "$($aa.DefaultCallFlow.Id)"; operator = ConvertTo-Target $aa.Operator
        callFlows = $flows; callHandlingAssociations = $associations }
})
$callQueues = @(foreach ($cq in @(Get-AllPages 'Get-CsCallQueue')) {
    [ordered]@{ identity = "$($cq.Identity)"; name = "$($cq.Name)"
        applicationInstances = @(ConvertTo-StringList $cq.ApplicationInstances)
        oboResourceAccountIds = @(ConvertTo-StringList $cq.OboResourceAccountIds)
        overflowAction = "$($cq.OverflowAction)"; overflowThreshold = [int]$cq.OverflowThreshold
        overflowActionTarget = ConvertTo-Target $cq.OverflowActionTarget
        timeoutAction = "$($cq.TimeoutAction)"; timeoutThreshold = [int]$cq.TimeoutThreshold
        timeoutActionTarget = ConvertTo-Target $cq.TimeoutActionTarget
        noAgentAction = "$($cq.NoAgentAction)"; noAgentActionTarget = ConvertTo-Target $cq.NoAgentActionTarget }
})
$accounts = @(foreach ($ra in @(Get-CsOnlineApplicationInstance)) {
    [ordered]@{ objectId = "$($ra.ObjectId)"; userPrincipalName = "$($ra.UserPrincipalName)"
        displayName = "$($ra.DisplayName)"; applicationId = "$($ra.ApplicationId)"
        phoneNumber = "$($ra.PhoneNumber)" }
})
$numbers = @(); $skip = 0
do {
    $page = @(Get-CsPhoneNumberAssignment -PstnAssignmentStatus VoiceApplicationAssigned -Top 1000 -Skip $skip)
    $skip += $page.Count
    $numbers += @(foreach ($n in $page) {
        [ordered]@{ telephoneNumber = "$($n.TelephoneNumber)"; numberType = "$($n.NumberType)"
            assignedPstnTargetId = "$($n.AssignedPstnTargetId)"; isoCountryCode = "$($n.IsoCountryCode)"
            capability = @(ConvertTo-StringList $n.Capability) }
    })
} while ($page.Count -eq 1000)
$callerIds = @(foreach ($p in @(Get-CsCallingLineIdentity)) {
    if ("$($p.CallingIDSubstitute)" -eq 'Resource' -and "$($p.ResourceAccount)") { "$($p.ResourceAccount)" }
})

Write-Host 'Reading licenses...'
$partById = @{}
$skus = @(foreach ($s in @(Get-MgSubscribedSku -All)) {
    $partById["$($s.SkuId)".ToLowerInvariant()] = "$($s.SkuPartNumber)"
    [ordered]@{ skuId = "$($s.SkuId)"; skuPartNumber = "$($s.SkuPartNumber)"
        capabilityStatus = "$($s.CapabilityStatus)"; appliesTo = "$($s.AppliesTo)"
        consumedUnits = [int]$s.ConsumedUnits; prepaidUnits = [ordered]@{
            enabled = [int]$s.PrepaidUnits.Enabled; warning = [int]$s.PrepaidUnits.Warning
            suspended = [int]$s.PrepaidUnits.Suspended; lockedOut = [int]$s.PrepaidUnits.LockedOut }
        servicePlans = @(foreach ($plan in $s.ServicePlans) { "$($plan.ServicePlanName)" }) }
})

# One Graph call per resource account: its licenses (as part numbers) and usage location.
# An account that cannot be read gets no license and no location, and a warning.
$licenses = [ordered]@{}; $usageLocations = [ordered]@{}; $failed = 0; $done = 0
foreach ($ra in $accounts) {
    $done++; $upn = $ra.userPrincipalName; $percent = [int](100 * $done / $accounts.Count)
    $status = "$done of $($accounts.Count): $upn"
    Write-Progress -Activity 'Reading resource accounts' -Status $status -PercentComplete $percent
    try {
        $user = Get-MgUser -UserId $ra.objectId -Property 'assignedLicenses,usageLocation'
        $location = "$($user.UsageLocation)"
        $parts = @(foreach ($l in $user.AssignedLicenses) {
            $id = "$($l.SkuId)"; $part = $partById[$id.ToLowerInvariant()]
            if ($part) { $part } else { $id }
        })
    } catch {
        $failed++; $location = ''; $parts = @()
        Write-Warning "Could not read $upn ($($_.Exception.Message)); written with no license."
    }
    $licenses[$upn] = $parts; $usageLocations[$upn] = $location
}
Write-Progress -Activity 'Reading resource accounts' -Completed

$snapshot = [ordered]@{
    format = 'teams-tenant-snapshot'
    version = 1
    createdUtc = [DateTime]::UtcNow.ToString('o')
    tenantId = "$((Get-MgContext).TenantId)"
    subscribedSkus = $skus; applicationInstances = $accounts; phoneNumbers = $numbers
    autoAttendants = $autoAttendants; callQueues = $callQueues; callerIdResourceAccountIds = $callerIds
    licenses = $licenses; usageLocations = $usageLocations
}
$path = Join-Path (Get-Location).ProviderPath 'teams-tenant-snapshot.json'
$json = ConvertTo-Json -InputObject $snapshot -Depth 10
[IO.File]::WriteAllText($path, $json, (New-Object Text.UTF8Encoding $false))
Write-Host "Wrote $path"
Write-Host "$($autoAttendants.Count) auto attendants, $($callQueues.Count) call queues,"
Write-Host "$($accounts.Count) resource accounts, $($numbers.Count) phone numbers, $($skus.Count) license products."
if ($failed) { Write-Warning "$failed resource accounts could not be read: check their licenses by hand." }
