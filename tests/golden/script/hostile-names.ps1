# Teams Phone resource accounts: setup script from the resource account calculator.
# Plan: the name in $PlanName below.
# Generated: 2025-06-01.
# Rules: 2025 (since 3 Apr 2025, in force): Resource Account licenses cost nothing; nested auto attendants and call queues need no resource account.
#
# Read it before you run it. It never deletes anything and can be run again: what is done
# already is checked first, skipped and reported. -WhatIf shows every change without making it.
#
# Two phases, as Microsoft's licensing works:
#   -Phase 1  creates the resource accounts, sets each one's usage location (the country of
#             its phone number) and assigns its license. A Teams Phone license an account
#             holds is removed in the same license operation (two operations can break the
#             account). Accounts that dial out with a Calling Plan number also get a Calling
#             Plan license.
#   Then wait: license changes can take up to 24 hours to reach Teams.
#   -Phase 2  assigns the phone numbers, sets up dial-out (voice routing policy), associates
#             each account with its auto attendant or call queue, and lists the nested auto
#             attendants and call queues to target directly (it changes nothing for those).
#
# Needs: Windows PowerShell 5.1 or PowerShell 7, and the modules MicrosoftTeams and
#   Microsoft.Graph (Install-Module MicrosoftTeams, Microsoft.Graph -Scope CurrentUser).
#   Roles: Teams Administrator and User Administrator (creating a resource account needs
#   both); License Administrator or User Administrator for the licenses. Microsoft Graph
#   asks consent for User.ReadWrite.All and Organization.Read.All (phase 1) and
#   User.Read.All (phase 2, for Calling Plan checks).
#
# Usage (a downloaded script may need Unblock-File .\resource-accounts-2025-06-01.ps1 once you have read it):
#   .\resource-accounts-2025-06-01.ps1 -Phase 1 -WhatIf    # what phase 1 would change; changes nothing
#   .\resource-accounts-2025-06-01.ps1 -Phase 1
#   .\resource-accounts-2025-06-01.ps1 -Phase 2 -WhatIf    # after the license sync
#   .\resource-accounts-2025-06-01.ps1 -Phase 2
# Parameters:
#   -UsageLocation XX           two letters: every account's usage location, instead of
#                               the country of its number
#   -VoiceRoutingPolicy 'name'  the online voice routing policy for accounts that dial out
#                               with a Direct Routing number (without it they are skipped)
#   -CallingPlanSku PART        the Calling Plan license to assign, when there are several
#   -PhoneSystemSku PART        the Teams Phone license to assign (2019 rules, paid part)
#
# Before phase 1:
#   - get 4 Microsoft Teams Phone Resource Account licenses at no cost (Web Direct: Microsoft 365 admin center > Marketplace > search Resource; EA or CSP: through your partner)

#Requires -Version 5.1
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [ValidateSet(1, 2)]
    [int] $Phase,

    [ValidatePattern('^[A-Z]{2}$')]
    [string] $UsageLocation,

    [ValidateNotNullOrEmpty()]
    [string] $VoiceRoutingPolicy,

    [string] $CallingPlanSku,

    [string] $PhoneSystemSku
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Off  # a profile's strict mode would make the absent keys of table rows errors
$PlanName = 'Contoso ’’Ops‘‘ $(Remove-Item C:\ -Recurse) #> `n'
$ResourceAccountSkuPart = 'PHONESYSTEM_VIRTUALUSER'
$AppId = @{ AutoAttendant = 'ce933385-9390-45d1-9512-c8d228074e07'; CallQueue = '11cd3e2e-fccb-42ad-ad00-878b93575e07' }
if ($UsageLocation) { $UsageLocation = $UsageLocation.ToUpperInvariant() }

# Phase 1: the resource accounts to create (Kind: the ApplicationId above).
$create = @(
    @{ Upn = 'o''ne`il$(x)#@contoso.com'; DisplayName = 'Zürich Empfang 接待 ${env:TEMP} @(1) & | > x'; Kind = 'AutoAttendant' }
    @{ Missing = 'call flow 3 account 1' }  # needs a user principal name (name@domain), and no control characters in its names
    @{ Missing = 'call flow 4 account 1' }  # needs a user principal name (name@domain), and no control characters in its names
    @{ Missing = 'call flow 5 account 1' }  # needs a user principal name (name@domain), and no control characters in its names
)

# Phase 1: the licenses. License: ResourceAccount or PhoneSystem ($null: none to assign);
# Swap: the plan says the account holds a Teams Phone license (the script checks);
# CallingPlan: it dials out with a Calling Plan number; UsageLocation: the country of
# its number, or the plan's most common one ($null: unknown).
$licenses = @(
    @{ Upn = 'o''ne`il$(x)#@contoso.com'; License = 'ResourceAccount'; Swap = $false; CallingPlan = $false; UsageLocation = 'CH' }
    @{ Missing = 'call flow 3 account 1' }  # needs a user principal name (name@domain), and no control characters in its names
    @{ Missing = 'call flow 4 account 1' }  # needs a user principal name (name@domain), and no control characters in its names
    @{ Missing = 'call flow 5 account 1' }  # needs a user principal name (name@domain), and no control characters in its names
)

# Phase 2: the phone numbers (NumberType $null: the plan gives none).
$numbers = @(
    @{ Upn = 'o''ne`il$(x)#@contoso.com'; Number = '+41446681800'; NumberType = 'OperatorConnect'; TollFree = $false }
)

# Phase 2: accounts that dial out (outbound caller ID, transfer to an outside number).
# Need: CallingPlanLicense (checked; phase 1 assigns it), VoiceRoutingPolicy (Direct
# Routing: granted with -VoiceRoutingPolicy), NumberOrPolicy (to decide in the plan).
$dialOut = @(
)

# Phase 2: each account with its auto attendant or call queue, found by its exact name.
$associations = @(
    @{ Upn = 'o''ne`il$(x)#@contoso.com'; Kind = 'AutoAttendant'; Target = 'O''Neil’’s ‘‘line’’ ‚‚x‛‛ $(Remove-Item x) `whoami` "q" #> ; <# a' }
    @{ Missing = 'call flow 3 account 1' }  # needs a user principal name (name@domain), and no control characters in its names
    @{ Missing = 'call flow 4 account 1' }  # needs a user principal name (name@domain), and no control characters in its names
    @{ Missing = 'call flow 5 account 1' }  # needs a user principal name (name@domain), and no control characters in its names
)

# Phase 2, read-only: nested auto attendants and call queues that never answer calls
# directly. Under the 2025 rules they need no resource account: their parent targets them
# directly. In the Teams admin center: the parent > the menu option, overflow or timeout that
# reaches it > Redirect to: Voice app > choose the auto attendant or call queue itself, not a
# resource account. In PowerShell: New-CsAutoAttendantCallableEntity -Identity <its Identity>
# -Type ConfigurationEndpoint, used in the parent's menu or call queue settings. Phase 2
# prints each one's Identity. Exists: its resource account exists already; retarget the
# parent first, then remove the account's association, license and account yourself (this
# script deletes nothing). Otherwise the account is simply not created.
$nested = @(
    @{ Kind = 'CallQueue'; Name = 'Queue "$x" ''; Remove-Item y; '''; Parent = 'O''Neil’’s ‘‘line’’ ‚‚x‛‛ $(Remove-Item x) `whoami` "q" #> ; <# a'; Exists = $false; Upn = 'nested@contoso.com' }
)

$results = [System.Collections.Generic.List[object]]::new()
$missingText = 'left out of this script: give the account a user principal name (name@domain) and names without control characters, then generate the script again'
$notFoundText = 'resource account not found: run -Phase 1 first (a new account can take a few minutes to appear)'

# Records one outcome (done, skipped-exists, would-do, skipped, manual, failed) and prints it.
function Add-Result([string] $Account, [string] $Step, [string] $Status, [string] $Detail) {
    $results.Add([pscustomobject]@{ Account = $Account; Step = $Step; Status = $Status; Detail = $Detail })
    Write-Host ('[{0}] {1} {2}: {3}' -f $Status, $Step, $Account, $Detail)
}

# The resource account, or $null. Get-CsOnlineApplicationInstance takes -WhatIf itself:
# -WhatIf:$false keeps this lookup running when the script runs with -WhatIf.
function Get-ResourceAccount([string] $Upn) {
    try { Get-CsOnlineApplicationInstance -Identity $Upn -WhatIf:$false -ErrorAction Stop } catch { $null }
}

# The auto attendants or call queues named exactly $Name. -NameFilter also finds names that
# only contain $Name, so only exact matches are kept.
function Find-CallFlow([string] $Kind, [string] $Name) {
    if ($Kind -eq 'AutoAttendant') {
        $all = @(Get-CsAutoAttendant -NameFilter $Name -ErrorAction Stop)
    } else {
        $all = @(Get-CsCallQueue -NameFilter $Name -ErrorAction Stop)
    }
    @($all | Where-Object Name -eq $Name)
}

# A license's service plans (Get-MgSubscribedSku, Get-MgUserLicenseDetail): MCOEV* is Teams
# Phone, except MCOEV_VIRTUALUSER*, the Resource Account license; MCOPSTN* is a Calling
# Plan, except MCOPSTNC, Communications Credits.
function Test-TeamsPhone($Sku) {
    @($Sku.ServicePlans | Where-Object { $_.ServicePlanName -like 'MCOEV*' -and $_.ServicePlanName -notlike 'MCOEV_VIRTUALUSER*' }).Count -gt 0
}
function Test-ResourceAccountLicense($Sku) {
    @($Sku.ServicePlans | Where-Object { $_.ServicePlanName -like 'MCOEV_VIRTUALUSER*' }).Count -gt 0
}
function Test-CallingPlan($Sku) {
    @($Sku.ServicePlans | Where-Object { $_.ServicePlanName -like 'MCOPSTN*' -and $_.ServicePlanName -ne 'MCOPSTNC' }).Count -gt 0
}
function Get-FreeSeats($Sku) {
    $Sku.PrepaidUnits.Enabled - $Sku.ConsumedUnits
}

Write-Host ('Plan: ' + $PlanName + '; phase ' + $Phase)

if ($Phase -eq 1) {
    # Connect-MicrosoftTeams takes -WhatIf itself: -WhatIf:$false connects under -WhatIf too.
    Connect-MicrosoftTeams -WhatIf:$false -ErrorAction Stop | Out-Null
    Connect-MgGraph -Scopes 'User.ReadWrite.All', 'Organization.Read.All' -ErrorAction Stop | Out-Null

    # 1. Create the accounts. One that exists is left as it is (a different ApplicationId
    #    is reported, not changed).
    $wouldCreate = @{}
    $justCreated = @{}
    foreach ($a in $create) {
        if ($a.Missing) { Add-Result $a.Missing 'create' 'failed' $missingText; continue }
        try {
            $existing = Get-ResourceAccount $a.Upn
            if ($existing) {
                if ([string]$existing.ApplicationId -eq $AppId[$a.Kind]) {
                    Add-Result $a.Upn 'create' 'skipped-exists' 'the resource account exists'
                } else {
                    Add-Result $a.Upn 'create' 'failed' ('exists with ApplicationId ' + $existing.ApplicationId + ', not that of a ' + $a.Kind + ' (' + $AppId[$a.Kind] + '): check the plan, or change the account with Set-CsOnlineApplicationInstance -ApplicationId')
                }
            } elseif ($PSCmdlet.ShouldProcess($a.Upn, 'New-CsOnlineApplicationInstance (' + $a.Kind + ')')) {
                New-CsOnlineApplicationInstance -UserPrincipalName $a.Upn -ApplicationId $AppId[$a.Kind] -DisplayName $a.DisplayName -ErrorAction Stop | Out-Null
                $justCreated[$a.Upn] = $true
                Add-Result $a.Upn 'create' 'done' ('created (' + $a.Kind + ')')
            } else {
                $wouldCreate[$a.Upn] = $true
                Add-Result $a.Upn 'create' 'would-do' ('would create (' + $a.Kind + ')')
            }
        } catch {
            Add-Result $a.Upn 'create' 'failed' $_.Exception.Message
        }
    }

    # 2. The tenant's licenses and their free seats (Enabled - Consumed), counted down as
    #    they are assigned. Only licenses that apply to users can be assigned.
    $skus = @(Get-MgSubscribedSku -All -ErrorAction Stop)
    $freeSeats = @{}
    $skuName = @{}
    foreach ($s in $skus) {
        $freeSeats[[string]$s.SkuId] = Get-FreeSeats $s
        $skuName[[string]$s.SkuId] = $s.SkuPartNumber
    }
    $assignable = @($skus | Where-Object AppliesTo -eq 'User')

    # The Resource Account license.
    $raLicense = $null
    $raProblem = 'Microsoft lists no Resource Account license for this cloud: license these accounts by hand'
    if ($ResourceAccountSkuPart) {
        $raLicense = @($assignable | Where-Object SkuPartNumber -eq $ResourceAccountSkuPart)[0]
        if ($raLicense) {
            Write-Host ($ResourceAccountSkuPart + ': ' + $freeSeats[[string]$raLicense.SkuId] + ' free seats')
        } else {
            $raProblem = 'the tenant has no ' + $ResourceAccountSkuPart + ' license: get Microsoft Teams Phone Resource Account licenses (no cost) in the Microsoft 365 admin center, then run -Phase 1 again'
        }
    }

    # The paid Teams Phone license of the 2019 rules: a license with the MCOEV service plan
    # and free seats, the one with the fewest service plans first (Teams Phone Standard
    # before a suite such as E5), or the one -PhoneSystemSku names.
    $phones = @($assignable | Where-Object { (Test-TeamsPhone $_) -and ((Get-FreeSeats $_) -gt 0) })
    if ($PhoneSystemSku) { $phones = @($phones | Where-Object SkuPartNumber -eq $PhoneSystemSku) }
    $phoneLicense = @($phones | Sort-Object -Property { @($_.ServicePlans).Count }, SkuPartNumber)[0]
    $phoneProblem = 'no Teams Phone license (MCOEV service plan) with free seats: buy one, then run -Phase 1 again'

    # The Calling Plan license: one with an MCOPSTN service plan, without Teams Phone, with
    # free seats; when there are several, -CallingPlanSku says which.
    $plans = @($assignable | Where-Object { (Test-CallingPlan $_) -and -not (Test-TeamsPhone $_) -and ((Get-FreeSeats $_) -gt 0) })
    if ($CallingPlanSku) { $plans = @($plans | Where-Object SkuPartNumber -eq $CallingPlanSku) }
    $callingLicense = $null
    $callingProblem = 'no Calling Plan license (MCOPSTN service plan) with free seats: get one (pay-as-you-go works), then run -Phase 1 again'
    if ($plans.Count -eq 1) {
        $callingLicense = $plans[0]
    } elseif ($plans.Count -gt 1) {
        $callingProblem = 'several Calling Plan licenses have free seats (' + (($plans | ForEach-Object { $_.SkuPartNumber }) -join ', ') + '): run again with -CallingPlanSku and the one to use'
    }

    # 3. Usage location, then the licenses, in one Set-MgUserLicense call per account: the
    #    Teams Phone licenses it holds are removed in the same operation as the new license
    #    is added.
    foreach ($a in $licenses) {
        if ($a.Missing) { Add-Result $a.Missing 'license' 'failed' $missingText; continue }
        try {
            if ($wouldCreate.ContainsKey($a.Upn)) {
                Add-Result $a.Upn 'license' 'would-do' 'would license the account once it is created'
                continue
            }
            # Only resource accounts are licensed here: a user principal name that belongs to a
            # person (a typo, a reused name) is reported, never touched.
            if (-not (Get-ResourceAccount $a.Upn)) {
                Add-Result $a.Upn 'license' 'failed' ('not a resource account: ' + $notFoundText)
                continue
            }
            $location = $a.UsageLocation
            if ($UsageLocation) { $location = $UsageLocation }
            if (-not $location) {
                Add-Result $a.Upn 'license' 'failed' 'usage location unknown: run again with -UsageLocation XX'
                continue
            }
            $held = @(Get-MgUserLicenseDetail -UserId $a.Upn -All -ErrorAction Stop)
            foreach ($h in $held) { $skuName[[string]$h.SkuId] = $h.SkuPartNumber }
            $add = @()
            $remove = @()
            if ($a.License -eq 'ResourceAccount') {
                $has = @($held | Where-Object { Test-ResourceAccountLicense $_ }).Count -gt 0
                $phone = @($held | Where-Object { Test-TeamsPhone $_ } | ForEach-Object { [string]$_.SkuId })
                # A Teams Phone license is removed only where the plan says the account holds
                # one (License today: Teams Phone Standard); otherwise it is reported.
                if ($phone.Count -gt 0 -and -not $a.Swap) {
                    throw ('holds ' + (($phone | ForEach-Object { $skuName[$_] }) -join ', ') + ', which the plan does not say: set its License today to Teams Phone Standard in the calculator and generate the script again to swap it')
                }
                $remove += $phone
                if (-not $has) {
                    if (-not $raLicense) { throw $raProblem }
                    $add += [string]$raLicense.SkuId
                }
            } elseif ($a.License -eq 'PhoneSystem') {
                $has = @($held | Where-Object { Test-TeamsPhone $_ }).Count -gt 0
                $remove += @($held | Where-Object { Test-ResourceAccountLicense $_ } | ForEach-Object { [string]$_.SkuId })
                if (-not $has) {
                    if (-not $phoneLicense) { throw $phoneProblem }
                    $add += [string]$phoneLicense.SkuId
                }
            }
            if ($a.CallingPlan) {
                $kept = @($held | Where-Object { (Test-CallingPlan $_) -and ($remove -notcontains [string]$_.SkuId) })
                if ($kept.Count -eq 0) {
                    if (-not $callingLicense) { throw $callingProblem }
                    $add += [string]$callingLicense.SkuId
                }
            }
            if ($add.Count -eq 0 -and $remove.Count -eq 0) {
                Add-Result $a.Upn 'license' 'skipped-exists' 'the licenses are right already'
                continue
            }
            foreach ($id in $add) {
                if ($freeSeats[$id] -le 0) { throw ('no free seats of ' + $skuName[$id] + ': get more, then run -Phase 1 again') }
            }
            $what = 'usage location ' + $location
            if ($add.Count -gt 0) { $what += '; add ' + (($add | ForEach-Object { $skuName[$_] }) -join ', ') }
            if ($remove.Count -gt 0) { $what += '; remove ' + (($remove | ForEach-Object { $skuName[$_] }) -join ', ') + ' in the same operation' }
            if ($PSCmdlet.ShouldProcess($a.Upn, $what)) {
                Update-MgUser -UserId $a.Upn -UsageLocation $location -ErrorAction Stop
                Set-MgUserLicense -UserId $a.Upn -AddLicenses @($add | ForEach-Object { @{ SkuId = $_ } }) -RemoveLicenses $remove -ErrorAction Stop | Out-Null
                $status = 'done'
            } else {
                $status = 'would-do'
            }
            foreach ($id in $add) { $freeSeats[$id] = $freeSeats[$id] - 1 }
            Add-Result $a.Upn 'license' $status $what
        } catch {
            $hint = ''
            if ($justCreated.ContainsKey($a.Upn)) { $hint = ' (the account was created just now and can take a few minutes to appear in Microsoft Graph: run -Phase 1 again)' }
            Add-Result $a.Upn 'license' 'failed' ($_.Exception.Message + $hint)
        }
    }
    Write-Host 'Next: wait for the licenses to reach Teams (up to 24 hours), then run this script with -Phase 2.'
}

if ($Phase -eq 2) {
    Connect-MicrosoftTeams -WhatIf:$false -ErrorAction Stop | Out-Null
    if (@($dialOut | Where-Object { $_.Need -eq 'CallingPlanLicense' }).Count -gt 0) {
        Connect-MgGraph -Scopes 'User.Read.All' -ErrorAction Stop | Out-Null
    }

    # 1. Phone numbers: skipped if the number is this account's already; reported if it is
    #    another's.
    foreach ($n in $numbers) {
        if ($n.Missing) { Add-Result $n.Missing 'number' 'failed' $missingText; continue }
        try {
            if (-not $n.NumberType) {
                Add-Result $n.Upn 'number' 'failed' 'the plan gives no number type: choose Calling Plan, Direct Routing or Operator Connect, then generate the script again'
                continue
            }
            $ra = Get-ResourceAccount $n.Upn
            if (-not $ra) { Add-Result $n.Upn 'number' 'failed' $notFoundText; continue }
            $current = @()
            try { $current = @(Get-CsPhoneNumberAssignment -TelephoneNumber $n.Number -ErrorAction Stop) } catch { $current = @() }
            $assigned = @($current | Where-Object { $_.AssignedPstnTargetId })
            if (@($assigned | Where-Object { [string]$_.AssignedPstnTargetId -eq [string]$ra.ObjectId }).Count -gt 0) {
                Add-Result $n.Upn 'number' 'skipped-exists' ($n.Number + ' is assigned to this account already')
                continue
            }
            if ($assigned.Count -gt 0) {
                Add-Result $n.Upn 'number' 'failed' ($n.Number + ' is assigned to another user or resource account (' + $assigned[0].AssignedPstnTargetId + '): unassign it there first')
                continue
            }
            $note = ''
            if ($n.TollFree) { $note = ' (toll-free: its minutes are billed to Communications Credits or pay-as-you-go)' }
            if ($PSCmdlet.ShouldProcess($n.Upn, 'Set-CsPhoneNumberAssignment ' + $n.Number + ' (' + $n.NumberType + ')')) {
                Set-CsPhoneNumberAssignment -Identity $n.Upn -PhoneNumber $n.Number -PhoneNumberType $n.NumberType -ErrorAction Stop | Out-Null
                Add-Result $n.Upn 'number' 'done' ('assigned ' + $n.Number + $note)
            } else {
                Add-Result $n.Upn 'number' 'would-do' ('would assign ' + $n.Number + $note)
            }
        } catch {
            Add-Result $n.Upn 'number' 'failed' $_.Exception.Message
        }
    }

    # 2. Dial-out. A voice routing policy is granted only when -VoiceRoutingPolicy names one.
    foreach ($d in $dialOut) {
        if ($d.Missing) { Add-Result $d.Missing 'dial-out' 'failed' $missingText; continue }
        try {
            if ($d.Need -eq 'CallingPlanLicense') {
                $held = @(Get-MgUserLicenseDetail -UserId $d.Upn -All -ErrorAction Stop)
                if (@($held | Where-Object { Test-CallingPlan $_ }).Count -gt 0) {
                    Add-Result $d.Upn 'dial-out' 'skipped-exists' 'it has a Calling Plan license'
                } else {
                    Add-Result $d.Upn 'dial-out' 'failed' 'no Calling Plan license yet: run -Phase 1 again (it assigns one), wait for the license sync, then run -Phase 2 again'
                }
            } elseif ($d.Need -eq 'VoiceRoutingPolicy') {
                if (-not $VoiceRoutingPolicy) {
                    Add-Result $d.Upn 'dial-out' 'skipped' 'Direct Routing: run again with -VoiceRoutingPolicy and the name of your online voice routing policy to grant it'
                } elseif ($PSCmdlet.ShouldProcess($d.Upn, 'Grant-CsOnlineVoiceRoutingPolicy ' + $VoiceRoutingPolicy)) {
                    Grant-CsOnlineVoiceRoutingPolicy -Identity $d.Upn -PolicyName $VoiceRoutingPolicy -ErrorAction Stop | Out-Null
                    Add-Result $d.Upn 'dial-out' 'done' ('voice routing policy ' + $VoiceRoutingPolicy)
                } else {
                    Add-Result $d.Upn 'dial-out' 'would-do' ('would grant voice routing policy ' + $VoiceRoutingPolicy)
                }
            } else {
                Add-Result $d.Upn 'dial-out' 'skipped' 'needs a Calling Plan license with a Calling Plan number, an Operator Connect number, or a Direct Routing number with a voice routing policy: decide in the plan, then generate the script again'
            }
        } catch {
            Add-Result $d.Upn 'dial-out' 'failed' $_.Exception.Message
        }
    }

    # 3. Associations. The auto attendant or call queue must exist, under exactly the name
    #    of the plan, and only once.
    foreach ($r in $associations) {
        if ($r.Missing) { Add-Result $r.Missing 'associate' 'failed' $missingText; continue }
        try {
            $ra = Get-ResourceAccount $r.Upn
            if (-not $ra) { Add-Result $r.Upn 'associate' 'failed' $notFoundText; continue }
            if ([string]$ra.ApplicationId -ne $AppId[$r.Kind]) {
                Add-Result $r.Upn 'associate' 'failed' ('the account has ApplicationId ' + $ra.ApplicationId + ', not that of a ' + $r.Kind + ' (' + $AppId[$r.Kind] + '): fix the account or the plan first')
                continue
            }
            $found = @(Find-CallFlow $r.Kind $r.Target)
            if ($found.Count -eq 0) {
                Add-Result $r.Upn 'associate' 'failed' ('no ' + $r.Kind + ' is named ' + $r.Target + ': it must exist; create it in the Teams admin center first, then run -Phase 2 again')
                continue
            }
            if ($found.Count -gt 1) {
                Add-Result $r.Upn 'associate' 'failed' ('ambiguous: ' + $found.Count + ' of type ' + $r.Kind + ' are named ' + $r.Target + ': give them distinct names, then run -Phase 2 again')
                continue
            }
            $target = $found[0]
            $current = $null
            try { $current = Get-CsOnlineApplicationInstanceAssociation -Identity $ra.ObjectId -ErrorAction Stop } catch { $current = $null }
            if ($current -and [string]$current.ConfigurationId -eq [string]$target.Identity) {
                Add-Result $r.Upn 'associate' 'skipped-exists' ('associated with ' + $r.Target + ' already')
                continue
            }
            if ($current -and $current.ConfigurationId) {
                Add-Result $r.Upn 'associate' 'failed' ('associated with another ' + $current.ConfigurationType + ' (' + $current.ConfigurationId + '): remove that association first if this one is right')
                continue
            }
            if ($PSCmdlet.ShouldProcess($r.Upn, 'New-CsOnlineApplicationInstanceAssociation with ' + $r.Kind + ' ' + $r.Target)) {
                New-CsOnlineApplicationInstanceAssociation -Identities @([string]$ra.ObjectId) -ConfigurationId $target.Identity -ConfigurationType $r.Kind -ErrorAction Stop | Out-Null
                Add-Result $r.Upn 'associate' 'done' ('associated with ' + $r.Target)
            } else {
                Add-Result $r.Upn 'associate' 'would-do' ('would associate with ' + $r.Target)
            }
        } catch {
            Add-Result $r.Upn 'associate' 'failed' $_.Exception.Message
        }
    }

    # 4. Nested auto attendants and call queues: read-only, what to do by hand.
    foreach ($x in $nested) {
        if ($x.Missing) { Add-Result $x.Missing 'nested' 'failed' $missingText; continue }
        try {
            $parent = 'its parent'
            if ($x.Parent) { $parent = $x.Parent }
            $found = @(Find-CallFlow $x.Kind $x.Name)
            if ($found.Count -eq 1) {
                $detail = 'Identity ' + $found[0].Identity + ': in ' + $parent + ', redirect to it directly (New-CsAutoAttendantCallableEntity -Identity ' + $found[0].Identity + ' -Type ConfigurationEndpoint, or in the Teams admin center choose this ' + $x.Kind + ' itself as the target)'
            } elseif ($found.Count -eq 0) {
                $detail = 'not found yet: create this ' + $x.Kind + ' without a resource account, then target it directly from ' + $parent
            } else {
                $detail = 'ambiguous: ' + $found.Count + ' of type ' + $x.Kind + ' have this name; give them distinct names, then target this one directly from ' + $parent
            }
            if ($x.Exists) {
                $detail += '; its resource account ' + $x.Upn + ' exists: retarget the parent first, then remove the account (association, license, account) yourself'
            }
            Add-Result $x.Name 'nested' 'manual' $detail
        } catch {
            Add-Result $x.Name 'nested' 'failed' $_.Exception.Message
        }
    }
}

Write-Host ''
Write-Host ('Summary of phase ' + $Phase + ':')
if ($results.Count -eq 0) { Write-Host 'Nothing to do in this phase.' }
$results | Format-Table -AutoSize -Wrap -Property Account, Step, Status, Detail
if ($WhatIfPreference) { Write-Host 'This was -WhatIf: nothing was changed.' }
$failed = @($results | Where-Object Status -eq 'failed').Count
if ($failed -gt 0) {
    Write-Host ([string]$failed + ' failed: fix them, then run the same phase again (what is done is skipped).')
    exit 1
}
