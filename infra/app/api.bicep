// The Flex Consumption plan and function app (.NET isolated) serving the API, with identity-based settings only.
param name string
param planName string
param location string
param tags object
param storageAccountName string
param deploymentContainerName string
param applicationInsightsName string
param apiIdentityId string
param apiIdentityClientId string
param hostIdentityId string
param hostIdentityClientId string
param importIdentityId string
param importIdentityClientId string
@secure()
param importKey string
param tablePrefix string
param alwaysReadyInstances int
param maximumInstanceCount int
param instanceMemoryMB int

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: { reserved: true }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${apiIdentityId}': {}
      '${hostIdentityId}': {}
      '${importIdentityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      cors: {
        // Open data: any web page may read it, never with credentials. The platform answers CORS preflights
        // itself (this object has no methods, headers or max-age); docs/http.md compares it with the local host.
        allowedOrigins: ['*']
        supportCredentials: false
      }
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: hostIdentityId
          }
        }
      }
      scaleAndConcurrency: {
        alwaysReady: alwaysReadyInstances > 0 ? [{ name: 'http', instanceCount: alwaysReadyInstances }] : []
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: {
      // The Functions runtime's own storage, reached with the host identity (no keys).
      AzureWebJobsStorage__accountName: storage.name
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: hostIdentityClientId
      // Telemetry with Entra ID auth (Application Insights has local auth disabled).
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${hostIdentityClientId};Authorization=AAD'
      // The API's data: read with the API identity, which may only read tables (see StorageSettings).
      LifeCircle__Storage__TableServiceUri: storage.properties.primaryEndpoints.table
      LifeCircle__Storage__ManagedIdentityClientId: apiIdentityClientId
      LifeCircle__Storage__TablePrefix: tablePrefix
      // Reads fail fast when storage is down (then 503, or the version in memory): 2 retries, 5 s a call.
      LifeCircle__Storage__MaxRetries: '2'
      LifeCircle__Storage__NetworkTimeoutSeconds: '5'
      // POST /api/imports writes with the import identity (Storage Table Data Contributor) and needs this key.
      LifeCircle__Import__ManagedIdentityClientId: importIdentityClientId
      LifeCircle__Import__Key: importKey
      LifeCircle__Import__MaxPackageMegabytes: '100'
      LifeCircle__Import__MaxUnpackedMegabytes: '1024'
      LifeCircle__Import__MaxFileMegabytes: '256'
      LifeCircle__Import__MaxFiles: '1000'
      LifeCircle__Import__MaxCompressionRatio: '100'
    }
  }
}

output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
