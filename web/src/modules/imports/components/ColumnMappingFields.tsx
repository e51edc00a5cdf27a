import { type ColumnMapping, MEMBER_COLUMNS, type MemberColumnName } from '@phonebank/domain';

import { Select, Table } from '../../../design-system';
import { type CsvPreview } from '../utils/csv-preview';
import { COLUMN_LABELS } from '../utils/column-mapping';

const NOT_IN_FILE = '';

export interface ColumnMappingFieldsProps {
  preview: CsvPreview;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  disabled?: boolean;
}

/** For each of our columns, the file's header that holds it; then the first rows as they will be read. */
export function ColumnMappingFields({
  preview,
  mapping,
  onChange,
  disabled,
}: ColumnMappingFieldsProps) {
  const headers = [...new Set(preview.headers.filter((header) => header !== ''))];
  const options = [
    { value: NOT_IN_FILE, label: 'Not in this file' },
    ...headers.map((header) => ({ value: header, label: header })),
  ];
  const mapped = MEMBER_COLUMNS.filter((column) => mapping[column.name]);
  const indexOf = (name: MemberColumnName) => preview.headers.indexOf(mapping[name] ?? '\u0000');

  return (
    <>
      <fieldset className="pb-fieldset">
        <legend>Which column holds what</legend>
        <p className="pb-field__hint" style={{ margin: 0 }}>
          Filled in from the file’s header; change any that are wrong. The region comes from the
          region code if there is one, else from the postcode.
        </p>
        <div className="pb-form__row">
          {MEMBER_COLUMNS.map((column) => (
            <Select
              key={column.name}
              label={`${COLUMN_LABELS[column.name]}${column.required ? ' (required)' : ''}`}
              value={mapping[column.name] ?? NOT_IN_FILE}
              options={options}
              disabled={disabled}
              onChange={(header) => onChange({ ...mapping, [column.name]: header || undefined })}
            />
          ))}
        </div>
      </fieldset>
      {mapped.length > 0 ? (
        <Table
          caption={`The first ${preview.rows.length} rows, as they will be read`}
          layout="wide"
          columns={mapped.map((column) => ({
            key: column.name,
            header: COLUMN_LABELS[column.name],
            render: (row: string[]) => row[indexOf(column.name)] ?? '',
          }))}
          rows={preview.rows}
          rowKey={(row) => preview.rows.indexOf(row).toString()}
        />
      ) : null}
    </>
  );
}
