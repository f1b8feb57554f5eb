// AutoDiag social on Azure: the bot (Azure Bot + Microsoft Teams channel), its web app (App Service on Linux,
// .NET 10) and its database (Azure Database for PostgreSQL flexible server).
//
// This file is the source; azuredeploy.json is compiled from it (build-arm.sh) and is what README.md deploys.
// tests/AutoDiag.Deployment.Tests fails when the two differ.
//
// Bot identity (botIdentityType):
// - UserAssignedMSI (default): the bot signs in as a user-assigned managed identity created here. No app
//   registration, no client secret that expires after two years; works only where the bot runs on Azure.
// - SingleTenant: an Entra ID app registration made beforehand (README.md), its id and secret passed as
//   botAppId / botAppPassword. For a bot hosted elsewhere too, or a tenant that forbids managed identities for bots.

@description('Prefix of every resource name; the default adds a suffix unique to the resource group. Lower-case letters, digits and hyphens.')
@minLength(3)
@maxLength(40)
param appName string = 'autodiag-${uniqueString(resourceGroup().id)}'

@description('Region of the web app and of the database (the Azure Bot resource itself is global).')
param location string = resourceGroup().location

@description('How the bot proves who it is to Teams: a managed identity created here, or an app registration of your own.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botIdentityType string = 'UserAssignedMSI'

@description('SingleTenant only: the Application (client) ID of the bot\'s app registration.')
param botAppId string = ''

@description('SingleTenant only: a client secret of that app registration.')
@secure()
param botAppPassword string = ''

@description('SingleTenant only: the tenant of the app registration; by default the subscription\'s.')
param botTenantId string = subscription().tenantId

@description('Azure Bot pricing tier: F0 is free and enough for Microsoft Teams, a standard channel.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan (Linux). B1 is the smallest that stays always on.')
param appServicePlanSku string = 'B1'

@description('Number of web app instances; they share the PostgreSQL database.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Administrator login of the PostgreSQL server (not postgres, azure_superuser, admin, root…).')
param postgresAdminLogin string = 'autodiag'

@description('Its password: 8 to 128 characters from three of upper case, lower case, digits and symbols.')
@secure()
@minLength(8)
@maxLength(128)
param postgresAdminPassword string

@description('PostgreSQL major version.')
@allowed([
  '16'
  '17'
])
param postgresVersion string = '16'

@description('PostgreSQL compute size; Burstable B1ms is enough for a few intercommunalités.')
param postgresSkuName string = 'Standard_B1ms'

@description('Tier of that compute size.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL storage in GiB (it grows by itself when nearly full).')
param postgresStorageSizeGB int = 32

@description('Name of the database the bot uses.')
param databaseName string = 'autodiag'

@description('Optional Azure AI Language categoriser (Categorization:AzureLanguage): leave the four empty to keep answers on your servers.')
param azureLanguageEndpoint string = ''

@description('Key of that Azure AI Language resource.')
@secure()
param azureLanguageApiKey string = ''

@description('Its custom text classification project.')
param azureLanguageProjectName string = ''

@description('Its deployment.')
param azureLanguageDeploymentName string = ''

var useManagedIdentity = botIdentityType == 'UserAssignedMSI'
var identityName = '${appName}-bot-identity'
var planName = '${appName}-plan'
var postgresServerName = toLower('${appName}-db')
var botName = '${appName}-bot'

// The password sits in double quotes so that ; or = in it cannot break the connection string ("" stands for ").
var postgresConnectionString = 'Host=${postgres.properties.fullyQualifiedDomainName};Port=5432;Database=${databaseName};Username=${postgresAdminLogin};Password="${replace(postgresAdminPassword, '"', '""')}";Ssl Mode=Require'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: identityName
  location: location
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet AutoDiag.Bot.dll'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
    }
  }
}

// The settings the bot reads (bot/appsettings.json and README.md « Configuration »), as App Service passes
// them: environment variables, « __ » for « : ».
resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    MicrosoftAppType: botIdentityType
    MicrosoftAppId: useManagedIdentity ? identity.properties.clientId : botAppId
    MicrosoftAppPassword: useManagedIdentity ? '' : botAppPassword
    MicrosoftAppTenantId: useManagedIdentity ? identity.properties.tenantId : botTenantId
    Database__Provider: 'Postgres'
    Downloads__PublicBaseUrl: 'https://${webApp.properties.defaultHostName}'
    Categorization__AzureLanguage__Endpoint: azureLanguageEndpoint
    Categorization__AzureLanguage__ApiKey: azureLanguageApiKey
    Categorization__AzureLanguage__ProjectName: azureLanguageProjectName
    Categorization__AzureLanguage__DeploymentName: azureLanguageDeploymentName
    // One JSON object per log line (App Service log stream, Log Analytics); locally the logs stay readable (« simple »).
    Logging__Console__FormatterName: 'json'
  }
}

// Reaches the bot as POSTGRESQLCONNSTR_AutoDiag, which .NET reads as ConnectionStrings:AutoDiag.
resource connectionStrings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: webApp
  name: 'connectionstrings'
  properties: {
    AutoDiag: {
      type: 'PostgreSQL'
      value: postgresConnectionString
    }
  }
  dependsOn: [
    database
    allowAzureServices
  ]
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2025-08-01' = {
  name: postgresServerName
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: postgresVersion
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: postgresStorageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
    authConfig: {
      passwordAuth: 'Enabled'
      activeDirectoryAuth: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2025-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// « Allow public access from any Azure service »: 0.0.0.0 to 0.0.0.0 is Azure's convention for it.
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2025-08-01' = {
  parent: postgres
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'AutoDiag social'
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: botIdentityType
    msaAppId: useManagedIdentity ? identity.properties.clientId : botAppId
    msaAppTenantId: useManagedIdentity ? identity.properties.tenantId : botTenantId
    msaAppMSIResourceId: useManagedIdentity ? identity.id : null
    publicNetworkAccess: 'Enabled'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The web app\'s address.')
output webAppUrl string = 'https://${webApp.properties.defaultHostName}'

@description('Host name to give package.sh as --bot-domain.')
output botDomain string = webApp.properties.defaultHostName

@description('The bot\'s Microsoft App ID: give it to package.sh as --bot-id.')
output botId string = useManagedIdentity ? identity.properties.clientId : botAppId

@description('Name of the web app, for the zip deployment.')
output webAppName string = webApp.name

@description('Host name of the PostgreSQL server.')
output postgresHost string = postgres.properties.fullyQualifiedDomainName
