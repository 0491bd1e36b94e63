/**
 * The words a message uses for a registry entry: a 政务新媒体 account, or a government website
 * (docs/workspace.md §11), whose registry calls its id 网站标识码 and its dates 开通 and 关停.
 */
export interface Terms {
  /** 账号 or 网站. */
  thing: string;
  /** 备案编号 or 网站标识码. */
  id: string;
  /** The registry's date columns. */
  filedOn: string;
  closedOn: string;
  /** What a new entry must do first. */
  newOne: string;
  /** What identifies the entry in a results row. */
  matchBy: string;
}

export const ACCOUNT_TERMS: Terms = {
  thing: '账号',
  id: '备案编号',
  filedOn: '备案日期',
  closedOn: '注销日期',
  newOne: '新开设的账号请先在台账中登记',
  matchBy: '账号名称和平台类型',
};

export const WEBSITE_TERMS: Terms = {
  thing: '网站',
  id: '网站标识码',
  filedOn: '开通日期',
  closedOn: '关停日期',
  newOne: '新开通的网站请先在网站台账中登记',
  matchBy: '网站名称或网站标识码',
};
