// LifeCircle Open Data on Azure: a keyless Flex Consumption function app over Table Storage.
// Deploy with `azd up` (see README, "Deploy to Azure").
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names every resource and tags it.')
param environmentName string

@minLength(1)
@description('Region of every resource (one where Flex Consumption is offered).')
@metadata({ azd: { type: 'location' } })
param location string

@description('Short prefix in resource names, e.g. "lc".')
@maxLength(8)
param namePrefix string = 'lc'

@description('Prefix of the table names the app uses (must match LifeCircle:Storage:TablePrefix).')
param tablePrefix string = 'lc'

@description('Instances kept warm for HTTP (0 scales to zero at night; each warm instance is billed while idle).')
@minValue(0)
param alwaysReadyInstances int = 0

@description('Upper bound of instances when traffic spikes (Flex Consumption allows 40 to 1000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory per instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Object id of the user or service principal that imports datasets with the CLI (gets Storage Table Data Contributor). Empty: nobody can write yet.')
param importerPrincipalId string = ''

@allowed(['User', 'ServicePrincipal', 'Group'])
param importerPrincipalType string = 'User'

@secure()
@description('Key callers of POST /api/imports must send in X-Import-Key (besides the function key). Empty: the deployed app accepts no imports.')
param importKey string = ''

var abbrs = loadJsonContent('abbreviations.json')
var token = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName, application: 'lifecircle-opendata' }
var functionAppName = '${abbrs.webSitesFunctions}${namePrefix}-${token}'
var deploymentContainerName = 'app-package-${take(token, 12)}'
var tableNames = [for table in ['districts', 'datasets', 'facilities', 'documents']: '${tablePrefix}${table}']
var storageAccountName = take('${abbrs.storageStorageAccounts}${namePrefix}${token}', 24)
var applicationInsightsName = '${abbrs.insightsComponents}${namePrefix}-${token}'
var apiIdentityName = '${abbrs.managedIdentityUserAssignedIdentities}${namePrefix}-api-${token}'
var hostIdentityName = '${abbrs.managedIdentityUserAssignedIdentities}${namePrefix}-host-${token}'
var importIdentityName = '${abbrs.managedIdentityUserAssignedIdentities}${namePrefix}-import-${token}'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module apiIdentity 'app/identity.bicep' = {
  name: 'apiIdentity'
  scope: rg
  params: { name: apiIdentityName, location: location, tags: tags }
}

module hostIdentity 'app/identity.bicep' = {
  name: 'hostIdentity'
  scope: rg
  params: { name: hostIdentityName, location: location, tags: tags }
}

module importIdentity 'app/identity.bicep' = {
  name: 'importIdentity'
  scope: rg
  params: { name: importIdentityName, location: location, tags: tags }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: storageAccountName
    location: location
    tags: tags
    tableNames: tableNames
    deploymentContainerName: deploymentContainerName
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${namePrefix}-${token}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
  }
}

// Names are passed as compile-time values (not module outputs) so What-If can predict them; dependsOn orders the modules.
module api 'app/api.bicep' = {
  name: 'api'
  scope: rg
  dependsOn: [storage, monitoring]
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${namePrefix}-${token}'
    location: location
    tags: tags
    storageAccountName: storageAccountName
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: applicationInsightsName
    apiIdentityId: apiIdentity.outputs.resourceId
    apiIdentityClientId: apiIdentity.outputs.clientId
    hostIdentityId: hostIdentity.outputs.resourceId
    hostIdentityClientId: hostIdentity.outputs.clientId
    importIdentityId: importIdentity.outputs.resourceId
    importIdentityClientId: importIdentity.outputs.clientId
    importKey: importKey
    tablePrefix: tablePrefix
    alwaysReadyInstances: alwaysReadyInstances
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  dependsOn: [storage, monitoring, apiIdentity, hostIdentity, importIdentity]
  params: {
    storageAccountName: storageAccountName
    applicationInsightsName: applicationInsightsName
    apiIdentityName: apiIdentityName
    hostIdentityName: hostIdentityName
    importIdentityName: importIdentityName
    importerPrincipalId: importerPrincipalId
    importerPrincipalType: importerPrincipalType
  }
}

output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_NAME string = api.outputs.name
output API_URL string = 'https://${api.outputs.defaultHostName}/api'
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_STORAGE_TABLE_PREFIX string = tablePrefix
