// Words for services: their type, status, region and configuration line ("4 vCPU, 8 GB RAM, 80 GB
// SSD, Ubuntu 24.04, Saint Petersburg"), in the current language. The API sends the configuration
// as data, so the list, a service's page and the order forms word it the same way.
import { useI18n } from 'vue-i18n'
import type { DiskType, ImageId, RegionId, ServiceConfiguration, ServiceStatus, ServiceType } from '@/api/types'
import { useFormats } from './useFormats'

/** Images are products' own names, the same in every language. */
export const IMAGE_NAMES: Record<ImageId, string> = {
  'ubuntu-24.04': 'Ubuntu 24.04',
  'debian-12': 'Debian 12',
  'windows-2022': 'Windows Server 2022',
}

export function useServiceLabels() {
  const { t } = useI18n()
  const { integer } = useFormats()

  const typeLabel = (type: ServiceType) => t(`services.type.${type}`)
  const statusLabel = (status: ServiceStatus) => t(`services.status.${status}`)
  const regionLabel = (region: RegionId) => t(`services.region.${region}`)
  const diskTypeLabel = (type: DiskType) => t(`services.diskType.${type}`)

  function configurationText(configuration: ServiceConfiguration): string {
    switch (configuration.kind) {
      case 'cloud':
        return t('services.configuration.cloud', {
          vcpu: integer(configuration.vcpu),
          ramGb: integer(configuration.ramGb),
          diskGb: integer(configuration.diskGb),
          diskType: diskTypeLabel(configuration.diskType),
          image: IMAGE_NAMES[configuration.image],
          region: regionLabel(configuration.region),
        })
      case 'dedicated':
        return t('services.configuration.dedicated', {
          cpu: configuration.cpu,
          cores: t('services.configuration.cores', configuration.cores),
          ramGb: integer(configuration.ramGb),
          disks: t('services.configuration.disks', { count: integer(configuration.disks.count), sizeGb: integer(configuration.disks.sizeGb), type: diskTypeLabel(configuration.disks.type) }),
          os: IMAGE_NAMES[configuration.os],
          location: regionLabel(configuration.location),
        })
      case 'storage':
        return t('services.configuration.storage', { sizeGb: integer(configuration.sizeGb), storageClass: t(`services.storageClass.${configuration.storageClass}`) })
    }
  }

  return { typeLabel, statusLabel, regionLabel, diskTypeLabel, configurationText }
}
