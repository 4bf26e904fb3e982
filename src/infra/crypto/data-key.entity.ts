import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A data key, stored only wrapped under a master key (which never enters the database). */
@Entity('data_key')
export class DataKey {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'master_key_id', type: 'text' })
  masterKeyId: string;

  @Column({ name: 'wrapped_key', type: 'bytea' })
  wrappedKey: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
